for kw in ({"sep": 5}, {"end": 1}, {"sep": b"x"}, {"end": ["x"]}, {"foo": 1}, {"file": 5}):
    try:
        print("a", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return 5
try:
    print(S())
except TypeError as e:
    print(type(e).__name__, e)
class Good:
    def __str__(self):
        return "good-str"
print(Good(), sep=Good().__str__())
