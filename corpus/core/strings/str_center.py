# str.center: odd margins put the extra fill on the left only when width is odd
for w in range(0, 9):
    print(w, repr("ab".center(w)), repr("abc".center(w, "*")))
print(repr("x".center(-5)), repr("".center(3, "-")))
print(repr("😀".center(5, "é")))
print(repr("abc".center(True)))
