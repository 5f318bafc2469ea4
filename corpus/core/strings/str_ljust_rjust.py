# str.ljust and str.rjust with widths around the length and fill characters
for w in [-1, 0, 2, 3, 5]:
    print(w, repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".ljust(w, "_")), repr("abc".rjust(w, "0")))
print(repr("é".ljust(3, "😀")), repr("😀".rjust(3, "-")))
print(repr("".ljust(2, "x")), repr("".rjust(0)))
