# conform: args -m ast --feature-version 3.4
x = a @ b
