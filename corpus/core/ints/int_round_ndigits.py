print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1235, -1), round(-1245, -1))
print(round(1250, -2), round(1350, -2), round(150, -2), round(250, -2), round(-250, -2), round(50, -2), round(49, -2))
print(round(123, 0), round(123, 5), round(0, -3), round(999, -3), round(-999, -3), round(500, -3), round(1500, -3))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(-(10 ** 30) - 5 * 10 ** 9, -10), round(2 ** 70, -20))
print(round(7), round(-7), round(True), round(False, 2), round(5, -1000), round(10 ** 20, -20), round(5 * 10 ** 19, -20))
print(type(round(5, -1)).__name__, type(round(True)).__name__, type(round(True, 1)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
