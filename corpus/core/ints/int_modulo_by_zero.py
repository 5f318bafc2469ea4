def remainder(n, d):
    return n % d
print(remainder(17, 5))
print(remainder(-17, 5))
remainder(17, 0)
