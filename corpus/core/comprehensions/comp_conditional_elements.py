nums = range(-3, 4)
print(["neg" if n < 0 else "zero" if n == 0 else "pos" for n in nums])
print([abs(n) for n in nums if n])
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
words = ["Alpha", "beta", "Gamma"]
print([w.lower() if w[0].isupper() else w.upper() for w in words])
print([x for x in [0, "", None, [], "a", 1] if x])
