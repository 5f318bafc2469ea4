# user exception classes with custom __str__ and __repr__
class Err(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return f"{self.field} has bad value {self.value!r}"
e = Err("age", -1)
print(e)
print(str(e), repr(e))
print(f"{e}", [e])
class Err2(Exception):
    def __repr__(self):
        return "Err2<custom>"
e2 = Err2("m")
print(e2, repr(e2), [e2])
try:
    raise Err("name", "")
except Err as x:
    print("caught:", x)
raise Err("size", 10**3)
