d = {"a": 1, "b": 2}
print(d.__getitem__("a"), d.__contains__("b"), d.__len__(), list(d.__iter__()), list(d.__reversed__()))
print(d.__eq__({"b": 2, "a": 1}), d.__ne__(d), d.__eq__([]), d.__lt__({}), d.__ge__(d))
print(d.__or__({"c": 3}), d.__or__(1), d.__ror__({"z": 0}), d.__ior__({"c": 3}) is d, d)
d.__setitem__("e", 5)
d.__delitem__("a")
print(d, d.keys().__len__(), d.keys().__contains__("b"), d.items().__contains__(("b", 2)))
try:
    d.__getitem__("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.__setitem__("x")
except TypeError as e:
    print(type(e).__name__, e)
