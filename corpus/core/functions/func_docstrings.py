def a():
    """Triple quoted."""
def b():
    'single'
    return 1
def c():
    x = 1
    "not a docstring"
    return x
def d():
    f"not a docstring {1}"
class E:
    """Class doc."""
    def m(self):
        """Method doc."""
class F:
    pass
print(repr(a.__doc__), repr(b.__doc__), repr(c.__doc__), repr(d.__doc__))
print(E.__doc__, E.m.__doc__, E().m.__doc__, F.__doc__)
print((lambda: "x").__doc__)
