pairs = [(1, "a"), (2, "b")]
print([f"{n}{s}" for n, s in pairs])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de"]])
print([rest for first, *rest in ["abc", "de"]])
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)
print({k: v for k, v in zip("xy", range(2))})
