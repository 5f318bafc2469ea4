xs = [1, "a", (2, 3), [4], None, 2.5]
print(1 in xs, 1.0 in xs, True in xs, "a" in xs, (2, 3) in xs, [4] in xs, None in xs)
print(2 in xs, "b" not in xs, [] in xs, 2.5 in xs, len(xs), len([]), len([[]]))
print(bool([]), bool([0]), not [])
