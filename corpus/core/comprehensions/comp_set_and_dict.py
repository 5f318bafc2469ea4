words = ["apple", "bob", "cat", "apple", "dog", "cat"]
print({len(w) for w in words})
print(sorted({w[0] for w in words}))
print({w: len(w) for w in words})
print({i: i * i for i in range(5) if i != 2})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({(i % 3): i for i in range(10)})
print({x % 4 for x in range(20)}, {-x for x in range(3)})
print(type({x for x in ""}).__name__, type({x: x for x in ""}).__name__)
