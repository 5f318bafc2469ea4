a = 2 ** 100
b = 3 ** 64
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -7, a % -7)
print(2 ** 64 - 1)
print(-(2 ** 63))
print(10 ** 30 // 10 ** 15)
