# searching for half of a surrogate pair never matches inside an astral character
hi = chr(0xD83D)
lo = chr(0xDE00)
s = "a" + chr(0x1F600) + "b"
print(s.find(hi), s.find(lo), s.rfind(lo), s.count(hi), s.count(lo), hi in s, lo in s)
print(s.split(hi), s.replace(lo, "x"), s.startswith(hi, 1), s.endswith(lo, 0, 2), s.partition(lo), s.rpartition(hi))
print(repr(s.strip(hi + lo)), s.removeprefix("a" + hi) == s, s.removesuffix(lo + "b") == s)
t = "a" + hi + "b"
print(len(t), t.find(hi), t.index("b"), t.split(hi), repr(t[1]), t.count(hi))
try:
    s.index(lo)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([chr(0xFFFF), chr(0x1F600), hi, "a"]) == ["a", hi, chr(0xFFFF), chr(0x1F600)])
