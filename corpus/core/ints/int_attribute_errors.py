def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
n = 5
def set_real():
    n.real = 3
def set_new():
    n.label = 'x'
def set_method():
    n.bit_length = None
attempt(set_real)
attempt(set_new)
attempt(set_method)
attempt(lambda: n.size)
attempt(lambda: (3).is_integer(1))
attempt(lambda: (3).conjugate(None))
attempt(lambda: (3).as_integer_ratio(2))
attempt(lambda: int.bit_length('x'))
