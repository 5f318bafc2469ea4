for n in (0, 5, 255, -255, 2**40):
    print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"))
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(format(255, "#010x"), format(-255, "#010x"), format(5, "#06b"))
print(format(255, "08b"), format(-5, "08b"))
print(format(10, "d"), format(-10, "d"), format(10, ""))
