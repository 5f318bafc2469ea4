a, b, c = 1, 0, 2
x = a + b * c - c // b
