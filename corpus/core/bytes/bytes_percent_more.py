# more bytes % conversions: %b, %i, %u, * widths, and type errors per conversion
print(b'%b|%b' % (b'xy', bytes(2)))
print(b'%i %u' % (3, 4), b'%*d|%-*d|' % (5, 1, 4, 2), b'%.*f' % (2, 3.14159))
print(b'%d %i' % (3.7, -2.5), b'%c%c' % (10, 0), b'[%5c]' % 65, b'%-3c|' % b'z')
print(b'%o %x %X' % (-8, -255, 3 ** 30))
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
show(lambda: b'%b' % 'xy')
show(lambda: b'%x' % 3.0)
show(lambda: b'%d' % '3')
show(lambda: b'%s' % 5)
show(lambda: b'%s' % [1])
show(lambda: b'%c' % -1)
show(lambda: b'%(a)s' % {'a': 1})
show(lambda: b'%*d' % ('x', 1))
