# reversed() on str, including astral characters and the empty string
r = reversed("abc")
print(type(r).__name__, list(r), list(r))
print("".join(reversed("a😀b")), list(reversed("")), "".join(reversed("é\u0301")))
print("racecar" == "racecar"[::-1], "ab"[::-1] == "".join(reversed("ab")))
