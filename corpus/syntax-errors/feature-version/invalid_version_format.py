# conform: args -m ast --feature-version 3
x = 1
