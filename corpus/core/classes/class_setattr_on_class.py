class Flexible:
    pass
a = Flexible()
Flexible.shared = [1]
print(a.shared)
def greet(self):
    return f"hi from {type(self).__name__}"
Flexible.greet = greet
print(a.greet(), Flexible.greet(a))
a.greet = lambda: "instance attribute wins"
print(a.greet())
del a.greet
print(a.greet())
del Flexible.greet
try:
    a.greet()
except AttributeError as e:
    print(e)
