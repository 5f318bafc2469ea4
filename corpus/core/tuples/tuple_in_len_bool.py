t = (1, "two", (3,), [4], None)
print(len(t), 1 in t, 1.0 in t, "two" in t, (3,) in t, [4] in t, None in t, 5 not in t)
print(bool(()), bool((0,)), bool((None,)), len(()), len(((),)))
print(t[3].append(5), t)
x = (1, 2, 3)
y = x
y += (4,)
print(x, y, x is y)
