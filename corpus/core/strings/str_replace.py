# str.replace: all occurrences, non-overlapping, empty old inserts between characters
print("one one one".replace("one", "two"))
print("aaaa".replace("aa", "b"), "aaaa".replace("a", ""), "abc".replace("x", "y"))
print(repr("".replace("", "x")), repr("ab".replace("", "-")), repr("".replace("a", "b")))
print("a😀b😀".replace("😀", "!"), "😀".replace("", "|"))
print("abc".replace("abc", ""), "abcabc".replace("bca", "X"))
