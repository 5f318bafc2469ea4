total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(sum([0.1] * 10))
print(1.1 + 2.2)
print(3 * 1.1)
print(100 * 1.1)
print(0.1 * 3 / 3)
print(1e16 + 1)
print(1e16 + 2)
print(2.0 ** 63)
print(12345678901234567890.0)
