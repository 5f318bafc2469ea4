a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, type(None).__name__)
print(2 in {1: "x", 2: "y"}, "y" in {1: "x", 2: "y"})
print("ab" in "cabd", "" in "x", 1 in (1.0,))
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n])
print(3 in 5)
