# NameError(name=) and AttributeError(name=, obj=) keywords
e = NameError("name 'x' is not defined", name="x")
print(e, e.name, e.args)
print(NameError("plain").name)
a = AttributeError("no attr", name="size", obj=[1, 2])
print(a, a.name, a.obj)
b = AttributeError("bare")
print(b.name, b.obj)
try:
    NameError("m", nam="x")
except TypeError as err:
    print("TypeError:", err)
try:
    AttributeError("m", object=1)
except TypeError as err:
    print("TypeError:", err)
try:
    undefined_thing
except NameError as err:
    print(err.name, err.args)
try:
    [].missing
except AttributeError as err:
    print(err.name, err.obj, err.args)
