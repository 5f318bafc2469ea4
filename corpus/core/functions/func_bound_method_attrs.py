class Greeter:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Greeter({self.name!r})"
    def hello(self, punct="!"):
        "Say hello."
        return "hello " + self.name + punct
g = Greeter("ann")
m = g.hello
print(m(), m("?"))
print(m.__self__, m.__func__ is Greeter.hello, m.__name__, m.__qualname__, m.__doc__)
print(m == g.hello, m is g.hello, Greeter("bob").hello == m)
print(type(m).__name__, type(Greeter.hello).__name__)
print(Greeter.hello(g, "."))
f = Greeter("x").hello
print(f())
