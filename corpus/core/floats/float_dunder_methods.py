x = 2.5
print(x.__add__(1), x.__radd__(1), x.__sub__(1.0), x.__rsub__(1), x.__mul__(2), x.__rmul__(True))
print(x.__truediv__(2), x.__rtruediv__(5), x.__floordiv__(2), x.__rfloordiv__(7), x.__mod__(2), x.__rmod__(7))
print(x.__pow__(2), x.__rpow__(2), x.__divmod__(2), x.__rdivmod__(7))
print(x.__add__('a'), x.__mul__([1]), x.__add__(1j), x.__divmod__(None))
print(x.__neg__(), x.__pos__(), x.__abs__(), (-x).__abs__(), x.__bool__(), (0.0).__bool__())
print(x.__int__(), x.__float__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(0))
print(x.__eq__(2.5), x.__eq__(5 / 2), x.__ne__(2), x.__lt__(3), x.__ge__(2), x.__eq__('2.5'), x.__lt__(None))
print(x.__repr__(), x.__format__('.3f'), x.__format__(''), x.__getnewargs__())
print(float.__add__(1.0, 2), float.__repr__(0.1))
try:
    float.__add__(1, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.__pow__(2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.__add__()
except TypeError as e:
    print(type(e).__name__, e)
