import path, join from os.path
