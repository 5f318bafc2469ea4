a = 5
b = "x"
c = 2
total = a * c + b
