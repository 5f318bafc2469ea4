# conform: args -m ast --feature-version 3.13
try:
    pass
except ValueError, TypeError:
    pass
