print("{0.real} {0.imag}".format(3+4j))
print("{0[1]} {0[0]}".format(["a", "b"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "int-one"}))
print("{0[0][1]}".format([[1, 2]]))
class Obj:
    attr = "A"
    items = {"x": [10, 20]}
print("{o.attr} {o.items[x][1]} {o.attr!r:>5}".format(o=Obj()))
print("{.imag}".format(1.5+2j), "{[2]}".format("xyz"))
print("{0[-1]}".format({"-1": "neg-key"}))
for fmt, arg in (("{0[1]}", {"1": "str"}), ("{0.nope}", Obj()), ("{0[5]}", [1]), ("{0[k]}", {}), ("{0[0]}", 5), ("{0.x}", 1)):
    try:
        print(fmt.format(arg))
    except (AttributeError, IndexError, KeyError, TypeError) as e:
        print(fmt, type(e).__name__, e)
