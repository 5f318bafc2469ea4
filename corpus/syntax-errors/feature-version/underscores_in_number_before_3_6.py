# conform: args -m ast --feature-version 3.5
x = 1_000
