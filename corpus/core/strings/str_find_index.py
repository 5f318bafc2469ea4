s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"))
print(s.index("quick"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")))
print("fox" in s, "cat" not in s)
print(s.find("o", 15), s.find("o", 15, 17))
print(s.index("cat"))
