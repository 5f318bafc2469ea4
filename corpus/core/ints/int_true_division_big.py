print(10 ** 400 / 10 ** 399, 10 ** 20 / 3, -(10 ** 20) / 7, (2 ** 53 + 1) / 1, (2 ** 54 + 1) / 2)
print(1 / 3, 2 / 3, -1 / 3, 10 ** 30 / 10 ** 31, 1 / 10 ** 320, 1 / 10 ** 400, -1 / 10 ** 400)
print(2 ** 1024 // 2 ** 1000 / 3, (2 ** 1100) / (2 ** 100), (3 ** 700) / (3 ** 699))
print(7 / 7, 0 / 5, 0 / -5, -0 / 5, type(4 / 2).__name__)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 500 / 10 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
