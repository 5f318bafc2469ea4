# str.endswith with str, tuple, start and end
s = "hello.py"
print(s.endswith(".py"), s.endswith(".txt"), s.endswith(""), s.endswith(("txt", "py")))
print(s.endswith("hello", 0, 5), s.endswith("lo", 0, -3), s.endswith("o", 2, 5), s.endswith("", 8), s.endswith("", 9))
print(s.endswith(()), s.endswith(("",)), s.endswith("py", -2), s.endswith("py", 100))
print("".endswith(""), "".endswith("a"), "abc".endswith("abc", -100))
print(s.endswith("hello", None, 5), s.endswith("y", None, None))
