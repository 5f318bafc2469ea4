# str.index: like find, but ValueError when missing
s = "mississippi"
print(s.index("ss"), s.index("ss", 3), s.index("i", -1), s.index(""), s.index("", 11))
for args in [("x",), ("ss", 6), ("i", 0, 1), ("", 12), ("pi", 0, -1)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
