# str.replace count: positional or keyword (3.13+), zero, negative means all
s = "a-b-c-d"
print(s.replace("-", "+", 0), s.replace("-", "+", 1), s.replace("-", "+", 2), s.replace("-", "+", -1), s.replace("-", "+", 10))
print(s.replace("-", "+", count=2), s.replace("-", "+", count=-5))
print("abc".replace("", "_", 2), "abc".replace("", "_", 0), "abc".replace("", "_", -1), "abc".replace("", "_", 100))
print(s.replace("-", "+", True), s.replace("-", "+", False))
