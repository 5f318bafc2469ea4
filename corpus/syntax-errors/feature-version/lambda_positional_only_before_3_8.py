# conform: args -m ast --feature-version 3.7
f = lambda a, /: a
