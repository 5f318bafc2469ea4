print(7 / 2)
print(8 / 2)
print(-7 / 2)
print(1 / 3)
print(2 ** 60 / 3)
print(10 ** 20 / 10 ** 10)
print(1 / 7 * 7)
print(0 / 5)
print(-0 / 5)
x = 1
y = 0
print(x / y)
