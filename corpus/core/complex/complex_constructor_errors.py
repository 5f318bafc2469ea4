class BadC:
    def __complex__(self):
        return 5
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for s in ['', '1+', '(1+2j', '1 + 2j', 'abc', '1+2', '1j2', '1+2jj', '1__0j', '()', 'j1']:
    attempt(lambda: complex(s))
attempt(lambda: complex('1+2j', 1))
attempt(lambda: complex(1, '2'))
attempt(lambda: complex(real='1'))
attempt(lambda: complex(None))
attempt(lambda: complex([1]))
attempt(lambda: complex(1, None))
attempt(lambda: complex([1], 2))
attempt(lambda: complex(BadC()))
attempt(lambda: complex(1, 2, 3))
attempt(lambda: complex(x=1))
attempt(lambda: complex(b'1'))
attempt(lambda: complex(10 ** 400))
attempt(lambda: complex.from_number('1'))
