# conform: skip-pyodide set order of strings depends on 64-bit hashes
print({"apple", "banana", "cherry"})
print({"a", "b", "c", "d", "e"})
s = set("mississippi")
print(s)
print({"x", "y", 1, 2})
print(set(["red", "green", "blue", "red"]))
print(frozenset({"one", "two", "three"}))
