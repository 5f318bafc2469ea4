# conform: args -m ast --feature-version 3.7
x = (y := 1)
