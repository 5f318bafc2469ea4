# operators between bytes and class instances: reflected methods first, then __index__
class Right:
    def __radd__(self, other):
        return ('radd', other)
    def __rmul__(self, other):
        return ('rmul', other)
class Count:
    def __index__(self):
        return 3
class Nothing:
    pass
print(b'x' + Right(), b'x' * Right())
print(b'ab' * Count(), Count() * b'ab')
for f in [lambda: b'x' + Nothing(), lambda: b'x' * Nothing(), lambda: Nothing() * b'x', lambda: b'x' - Count()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
