# conform: args -m ast -a --mode eval
[x ** 2 for x in range(10) if x % 2] + list({1: 2}) if flag else (lambda y: y)(3)
