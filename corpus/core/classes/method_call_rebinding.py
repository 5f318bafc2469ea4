# obj.name(...) while the method is replaced on the class, shadowed and unshadowed on the
# instance, deleted, and reached through staticmethod, classmethod, property and super().
class Greeter:
    def hello(self, who="world"):
        return "hello " + who

g = Greeter()
out = []
for i in range(6):
    out.append(g.hello("a"))
    out.append(g.hello(who="kw"))
    if i == 1:
        Greeter.hello = lambda self, who="x": "replaced " + who
    if i == 2:
        g.hello = lambda who="y": "instance " + who
    if i == 3:
        del g.hello
    if i == 4:
        del Greeter.hello
        try:
            g.hello("a")
        except AttributeError as e:
            out.append(str(e))
        break
print(out)

class Tools:
    factor = 3
    @staticmethod
    def double(x):
        return 2 * x
    @classmethod
    def scale(cls, x):
        return cls.factor * x
    @property
    def adder(self):
        return lambda x: x + 100

class MoreTools(Tools):
    factor = 5
    def double(self, x):
        return "sub " + str(super().double(x))

t = Tools()
m = MoreTools()
print(t.double(4), t.scale(4), t.adder(4), m.double(4), m.scale(4), MoreTools.scale(1))

# A callable stored on the instance is called without self.
t.double = lambda x: "own " + str(x)
print(t.double(7), Tools.double(7))

# Methods of builtin values, through the same instructions.
words = ["b", "a"]
for w in ["c", "d"]:
    words.append(w)
words.sort(reverse=True)
print(words, "-".join(words), {"k": 1}.get("k"), "a,b".split(","), (3).bit_length())
try:
    words.append()
except TypeError as e:
    print(e)
try:
    "x".nosuch()
except AttributeError as e:
    print(e)
