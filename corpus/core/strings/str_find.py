# str.find with start/end, negative indices, empty substring
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("", 11), s.find("", 12))
print(s.find("a", 1), s.find("a", -4), s.find("a", 1, 3), s.find("bra", 1, 3), s.find("bra", 1, 4))
print(s.find("a", -100, 100), s.find("a", 100), s.find("", 5, 2), s.find("ra", None, None))
print("".find(""), "".find("a"), s.find(s), s.find(s + "x"))
print(s.find("a", True), s.find("b", False, True))
