# str() argument errors
class Bad:
    def __str__(self):
        return 1
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
for args, kwargs in [((1, 2), {}), ((1, 2, 3, 4), {}), (("a",), {"x": 1}), ((1,), {"encoding": "utf-8"}), (("a",), {"encoding": "utf-8"})]:
    try:
        print(str(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
