# bytes % float conversions: every failure to get a float becomes 'float argument required'
class Exploding:
    def __float__(self):
        raise ValueError('boom')
class Half:
    def __float__(self):
        return 0.5
print(b'%f %e %g' % (Half(), 1, True), b'%.3F' % 2**60)
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show(lambda: b'%f' % 'x')
show(lambda: b'%e' % b'1.5')
show(lambda: b'%g' % None)
show(lambda: b'%f' % 10**400)
show(lambda: b'%f' % Exploding())
show(lambda: '%f' % 10**400)
show(lambda: '%f' % Exploding())
