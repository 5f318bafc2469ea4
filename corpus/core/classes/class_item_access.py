class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
s = Store()
s["a"] = 1
s[1, 2] = "tuple key"
print(s["a"], s[1, 2])
s[::2] = "slice"
print(s.data)
del s["a"]
try:
    s["a"]
except KeyError as e:
    print("KeyError", e)
s["n"] = 1
s["n"] += 5
print(s.data["n"])
class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
print(r[5], r["x"], r[1:3])
for t in [lambda: r.__setitem__, ]:
    pass
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    del r[0]
except TypeError as e:
    print(e)
try:
    object()[0]
except TypeError as e:
    print(e)
