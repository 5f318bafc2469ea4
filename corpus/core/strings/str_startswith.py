# str.startswith with a tuple of prefixes, start and end
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith(("x", "he")), s.startswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 9), s.startswith("world", 6, 9), s.startswith("o", -4))
print(s.startswith("", 11), s.startswith("", 12), s.startswith("h", -100), s.startswith("", 5, 3))
print(s.startswith(("world", "hello"), 6), s.startswith(("a", ""), 20))
print("".startswith(""), "".startswith("a"), "😀x".startswith("😀"), "😀x".startswith("x", 1))
