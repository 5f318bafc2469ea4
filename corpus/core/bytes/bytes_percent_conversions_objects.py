# bytes % with class instances: __bytes__ for %s/%b, __repr__ for %r/%a, __int__ before __index__ for %d
class Packet:
    def __bytes__(self):
        return b'PB'
    def __repr__(self):
        return 'Packet(\xe9)'
class Both:
    def __index__(self):
        return 66
    def __int__(self):
        return 67
class OnlyInt:
    def __int__(self):
        return 5
class BadInt:
    def __int__(self):
        return 'x'
class Half:
    def __float__(self):
        return 0.5
print(b'%s|%b|%r|%a' % (Packet(), Packet(), Packet(), Packet()))
print(b'%d %i %x %c' % (Both(), Both(), Both(), Both()))
print(b'%d %f %.1e' % (OnlyInt(), Half(), Half()))
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show(lambda: b'%x' % OnlyInt())
show(lambda: b'%d' % BadInt())
show(lambda: b'%d' % Half())
show(lambda: b'%c' % OnlyInt())
