print(3 * "ab", "ab" * 2, True * "x", "x" * False)
for f in [lambda: "ab" * 1.5, lambda: [1] * [2], lambda: (1,) * 2.0, lambda: 2.0 * "a", lambda: "a" * "b", lambda: [1] * "a"]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    "ab" * 10**12
except MemoryError as e:
    print("MemoryError", e)
print(len("" * 10**12), "x" * -3)
