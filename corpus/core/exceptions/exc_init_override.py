# an __init__ that does not call super: args still hold the constructor's arguments
class E1(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = E1(1, 2)
print(e.args, str(e), repr(e), e.a, e.b)
class E2(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
e = E2(404)
print(e.args, str(e), repr(e), e.code)
class E3(ValueError):
    def __init__(self, *args):
        super().__init__("fixed")
e = E3(1, 2, 3)
print(e.args, e)
class E4(Exception):
    def __init__(self):
        pass
e = E4()
print(e.args, repr(e))
try:
    E4(1)
except TypeError as err:
    print("TypeError:", err)
