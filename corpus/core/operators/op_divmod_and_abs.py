print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 3))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 100), abs(True))
print(abs(3 + 4j))
print(abs("x"))
