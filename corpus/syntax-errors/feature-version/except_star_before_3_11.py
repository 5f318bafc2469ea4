# conform: args -m ast --feature-version 3.10
try:
    pass
except* ValueError:
    pass
