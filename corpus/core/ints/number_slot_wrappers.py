print(int.__add__, int.__radd__, int.__eq__, int.__hash__, int.__bool__, int.__index__)
print(float.__truediv__, float.__neg__, complex.__abs__, bool.__and__, bool.__repr__)
print(int.__round__, int.__trunc__, float.__floor__, float.__getnewargs__, complex.__complex__)
print(type(int.__add__).__name__, type(int.__round__).__name__, type(int.to_bytes).__name__, type(int.__new__).__name__)
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: int.__add__())
attempt(lambda: float.__neg__())
attempt(lambda: int.__round__())
attempt(lambda: complex.__abs__(1))
print(int.__add__(2, 3), float.__mul__(1.5, 2), complex.__sub__(1j, 1j), bool.__or__(False, False))
