xs = [3, 1, 2]
print(xs.__len__(), xs.__getitem__(0), xs.__getitem__(slice(1, None)), xs.__contains__(2), list(xs.__reversed__()))
print(xs.__add__([4]), xs.__add__((4,)), xs.__mul__(2), xs.__rmul__(0), xs.__eq__(1), xs.__lt__([4]), xs.__ge__("a"))
print(xs.__iadd__("ab") is xs, xs, xs.__imul__(1) is xs)
xs.__setitem__(0, "z")
xs.__delitem__(-1)
print(xs)
try:
    xs.__getitem__(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    xs.__setitem__(0)
except TypeError as e:
    print(type(e).__name__, e)
