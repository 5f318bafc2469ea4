# the dunder methods can be called directly
b = b'abcdef'
print(b.__getitem__(1), b.__getitem__(slice(1, 3)), b.__len__(), b.__contains__(b'cd'))
print(b.__add__(b'g'), b.__mul__(2), b.__mod__(()), b.__rmod__(1))
print(b.__eq__(b'abcdef'), b.__eq__('abcdef'), b.__lt__(b'b'), b.__ne__(1))
print(b.__bytes__() == b, b.__getnewargs__(), b.__repr__(), b.__str__())
print(list(b.__iter__()), type(b.__iter__()).__name__)
try:
    b.__add__('x')
except TypeError as e:
    print(type(e).__name__, e)
