# conform: args -m ast --feature-version 3.13
x = t"hi"
