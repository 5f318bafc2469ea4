print(1 << 100)
print((1 << 100) >> 99)
print(-1 << 70)
print((-1 << 70) >> 69)
print(-1 >> 1000, 1 >> 1000, -(2**80) >> 1)
print((12345 << 200) >> 200)
print(7 << 0, 7 >> 0, 0 << 1000)
print((2**64 + 1) >> 64, (2**64 - 1) >> 64)
print(-5 >> 1, -5 >> 2, 5 >> 1)
print(True << 3, True >> 1)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: (2**70) << -3, lambda: (2**70) >> -(2**70)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
