def v(x):
    print("v", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 == 1.0 == True, None is not None, 2 in [2] in [[2]])
a = 5
print(0 <= a < 10, 10 > a >= 5 != 6)
print(1 < 2 > 0 < 3)
