# calling the builtin __init__/__str__/__repr__ methods explicitly
class E(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a)
        self.b = b
    def __str__(self):
        return "E: " + Exception.__str__(self) + " / " + str(self.b)
    def __repr__(self):
        return "<" + Exception.__repr__(self) + ">"
e = E("first", "second")
print(e, repr(e), e.args)
class K(KeyError):
    def __str__(self):
        return "K" + super().__str__()
print(K("key"), KeyError.__str__(K("x")))
try:
    KeyError.__str__(ValueError("v"))
except TypeError as err:
    print("TypeError:", err)
try:
    BaseException.__repr__(1)
except TypeError as err:
    print("TypeError:", err)
try:
    Exception.__init__(e, x=1)
except TypeError as err:
    print("TypeError:", err)
f = ValueError("a")
ValueError.__init__(f, "b", "c")
print(f.args)
