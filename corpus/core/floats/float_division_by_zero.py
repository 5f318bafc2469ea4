print(1.0 / 3)
print(5.0 // 2, 5.0 % 2)
print(-5.0 // 2, -5.0 % 2)
print(5.5 % -2)
print(divmod(7.5, 2))
x = 0.0
print(1.0 / x)
