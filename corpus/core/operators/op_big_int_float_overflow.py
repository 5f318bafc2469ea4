print(10**400 > 1.5, 1.5 < 10**400, 10**400 == float("inf"))
try:
    10**400 + 1.0
except OverflowError as e:
    print(e)
print(2**60 * 1.0, 2**1000 / 2.0 > 0)
