# operators bytes does not support, with CPython's messages
def t(s, f):
    try:
        print(s, '->', repr(f()))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
t('divmod bytes', lambda: divmod(b'a', 1))
t('abs bytes', lambda: abs(b'a'))
t('neg bytes', lambda: -b'a')
t('invert bytes', lambda: ~b'a')
t('pow', lambda: b'a' ** 2)
t('lshift', lambda: b'a' << 1)
t('matmul', lambda: b'a' @ b'b')
t('truediv', lambda: b'a' / 2)
t('round', lambda: round(b'a'))
