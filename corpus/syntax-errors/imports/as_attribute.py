import os as my.os
