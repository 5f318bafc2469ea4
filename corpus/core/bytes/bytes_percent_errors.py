# bytes % errors
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
show(lambda: b'%s' % 'text')
show(lambda: b'%s %s' % (b'a',))
show(lambda: b'%d' % b'1')
show(lambda: b'%s' % (b'a', b'b'))
show(lambda: b'%c' % 256)
show(lambda: b'%c' % b'ab')
show(lambda: b'%c' % 'a')
show(lambda: b'%z' % 1)
show(lambda: b'%(k)s' % {b'x': 1})
show(lambda: b'%(k)s' % (1,))
show(lambda: b'%' % ())
