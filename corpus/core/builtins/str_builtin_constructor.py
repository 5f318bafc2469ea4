print(str(), str(1), str(1.0), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}), str(str), str(-0.0))
class S:
    def __str__(self):
        return "S!"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(S()), str(OnlyRepr()), str(object="kw"))
class Bad:
    def __str__(self):
        return None
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
