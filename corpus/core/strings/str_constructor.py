# str() of various objects; str() with no argument; str(str) is the same value
print(repr(str()), str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}), str(1e100), str(2**70))
print(str("x") == "x", type(str(5)).__name__, str(object) , str(str))
class A:
    def __str__(self):
        return "A-str"
class B:
    def __repr__(self):
        return "B-repr"
print(str(A()), str(B()), repr(B()), [A()] == [A()])
print(str(object="kw"))
