# exceptions raised by __index__ (and bad __index__ results) propagate out of str indexing and methods
class Bad:
    def __index__(self):
        raise ValueError("bad index")
class NotInt:
    def __index__(self):
        return "x"
class Mapping:
    def __getitem__(self, k):
        raise KeyError(k)
tests = [
    lambda: "abc"[Bad()],
    lambda: "abc"[Bad():],
    lambda: "abc".find("a", Bad()),
    lambda: "abc" * Bad(),
    lambda: "abc".center(Bad()),
    lambda: "abc"[NotInt()],
    lambda: "abc".zfill(NotInt()),
    lambda: "abc".translate(Mapping()),
    lambda: "abc".split(maxsplit=Bad()),
    lambda: "{a}".format_map(Mapping()),
    lambda: "ab".__mul__(NotInt()),
    lambda: chr(Bad()),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
