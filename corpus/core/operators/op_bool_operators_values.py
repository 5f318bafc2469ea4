print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", [] and "x")
print(not 0, not "x", not None)
values = [0, "", None, "hit", 7]
first = None
for v in values:
    first = first or v
print(first)
print(True + False, True * "ab" if False else True and "ab")
