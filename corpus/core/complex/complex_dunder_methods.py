z = 1 + 2j
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rmul__(True))
print(z.__truediv__(2), z.__rtruediv__(5), z.__pow__(2), z.__rpow__(2))
print(z.__add__('x'), z.__floordiv__ if hasattr(z, '__floordiv__') else 'no __floordiv__', hasattr(z, '__mod__'), hasattr(z, '__lt__'))
print(z.__abs__(), z.__bool__(), z.__complex__(), z.__repr__(), z.__format__(''), z.__format__('.2f'), z.__getnewargs__())
print(z.__eq__(1 + 2j), z.__ne__(1), z.__lt__(1), z.__ge__(z), z.__eq__([]))
print(complex.__add__(1j, 1), complex.__neg__(1j))
try:
    complex.__add__(1, 1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    z.__pow__(2, 5)
except ValueError as e:
    print(type(e).__name__, e)
