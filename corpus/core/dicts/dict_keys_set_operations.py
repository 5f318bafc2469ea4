a = {1: "a", 2: "b", 3: "c"}
b = {2: "x", 3: "y", 4: "z"}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.keys() & [1, 5], a.keys() | (9,), a.keys() - {1}, [4, 1] - a.keys() if False else "-")
print({1, 7} & a.keys(), {1, 7} | a.keys(), {1, 7} - a.keys(), (1, 7) ^ a.keys())
print(a.items() & {(1, "a"), (2, "x")}, a.items() - b.items())
print(a.keys() == {1, 2, 3}, a.keys() == [1, 2, 3], a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3})
print(a.keys().isdisjoint(b.keys()), a.keys().isdisjoint([7, 8]), a.items().isdisjoint(b.items()))
print(type(a.keys() & b.keys()).__name__)
try:
    a.keys() & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.values() & a.values()
except TypeError as e:
    print(type(e).__name__, e)
