r = range(0, 10**21, 10**20)
print(1e20 in r, 1.5e20 in r, 10**20 in r, float(10**20) in r, r.count(1e20), r.index(2 * 10**20))
s = range(-5, 5)
print(3.0 in s, 3.5 in s, True in s, False in s, -5.0 in s, 5.0 in s, s.count(True), s.index(True), s.index(2.0))
print(float("nan") in s, float("inf") in s, None in s, "1" in s, (1,) in s, [] in s)
try:
    s.index(2.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.index("x")
except ValueError as e:
    print(type(e).__name__, e)
