def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for s in ['', ' ', 'abc', '1.2.3', '1__0', '_1', '1_', '1e', 'e5', 'in', 'infinit', 'nan1', '0x10', '1,5', '1 2', '++1', '1_e5']:
    attempt(lambda: float(s))
attempt(lambda: float(None))
attempt(lambda: float([1.5]))
attempt(lambda: float(1j))
attempt(lambda: float('1', '2'))
attempt(lambda: float(x='1'))
attempt(lambda: float(b'1.5'))
