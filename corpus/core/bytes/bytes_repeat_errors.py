# repeating bytes by a non-int
def show(f):
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
show(lambda: b'a' * 1.5)
show(lambda: b'a' * 'x')
show(lambda: b'a' * b'b')
show(lambda: 2.0 * b'a')
show(lambda: None * b'a')
show(lambda: b'a' * 2**63)
show(lambda: b'a'.__mul__(1.5))
