# removeprefix/removesuffix remove one copy when present
b = b'test_case.py'
print(b.removeprefix(b'test_'), b.removeprefix(b'case'), b.removeprefix(b''))
print(b.removesuffix(b'.py'), b.removesuffix(b'.txt'), b.removesuffix(b''))
print(b'aaa'.removeprefix(b'a'), b'aaa'.removesuffix(b'aa'), b''.removeprefix(b'x'))
for f in [lambda: b.removeprefix('t'), lambda: b.removesuffix(None), lambda: b.removeprefix()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
