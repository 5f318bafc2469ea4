# conform: args -m ast --feature-version 2.7
x = 1
