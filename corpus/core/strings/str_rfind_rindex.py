# rfind and rindex search from the right, within start/end
s = "abracadabra"
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("", 3, 5), s.rfind("", 12))
print(s.rfind("a", 0, -1), s.rfind("a", -4, -2), s.rfind("bra", 0, 8), s.rfind("abra", 1))
print(s.rindex("a"), s.rindex("bra", 0, 9), s.rindex(""), s.rindex("c", -100, 100))
for args in [("z",), ("a", 11), ("bra", 2, 4), ("", 12)]:
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print("a😀a😀".rfind("😀"), "a😀a😀".rfind("a"))
