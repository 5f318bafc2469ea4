import os as f()
