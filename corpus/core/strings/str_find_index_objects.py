# start/end accept None, bools, __index__ objects and huge ints
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
s = "abcabcabc"
print(s.find("c", I(3)), s.find("c", I(3), I(5)), s.count("a", I(-3)), s.rfind("a", None, I(4)), s.index("b", True))
print(s.find("a", 2**100), s.find("a", -2**100), s.rfind("c", 0, 2**100), s.count("", -2**100, 2**100))
print(s.startswith("abc", I(3)), s.endswith("abc", None, I(6)), s.startswith(("x", "c"), I(2)))
