print(dict.fromkeys("ab", 0), {}.fromkeys([1]), str.upper("x"), int.__name__, list.__module__, dict.__mro__)
print(ValueError.__bases__)
class MyErr(Exception):
    def __init__(self, code):
        Exception.__init__(self, f"code {code}")
        self.code = code
e = MyErr(3)
print(e, e.code, e.args)
try:
    dict.nope
except AttributeError as x:
    print(x)
print(str.join(",", ["a", "b"]))
