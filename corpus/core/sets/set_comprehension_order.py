print({x * 7 % 32 for x in range(20)})
print({(x, x % 2) for x in range(4)} == {(0, 0), (1, 1), (2, 0), (3, 1)})
print(sorted({c for c in "hello world"}))
print({n for n in [100, 36, 68, 4]})
