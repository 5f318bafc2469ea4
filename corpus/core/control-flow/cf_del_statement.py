x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
xs = [1, 2, 3, 4]
del xs[1], xs[1]
print(xs)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
del d["zzz"]
