@decorator
import os
