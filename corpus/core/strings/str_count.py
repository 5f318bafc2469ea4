# str.count: non-overlapping, start/end slicing semantics, empty substring
s = "aaaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count(""), s.count("b"))
print(s.count("a", 1), s.count("a", 1, 3), s.count("a", -2), s.count("a", -100, 100))
print(s.count("", 2), s.count("", 2, 4), s.count("", 5), s.count("", 6), s.count("", 3, 1))
print("".count(""), "".count("a"), "abc".count("abcd"))
print("abcabc".count("bc", None, None), "abcabc".count("bc", None, -1))
print("a😀b😀".count("😀"), "a😀b😀".count("", 1))
