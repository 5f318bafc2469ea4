# bytes inside lists, tuples and dicts print with their repr
data = [b'a', (b'b', b'\n'), {b'k': [b'\xff']}]
print(data)
print(str(data), repr((b'x',)))
print([b'x'] * 2, (b'y',) + (b'z',))
print(b'a' in (b'a', b'b'), [b'a', b'b'].index(b'b'), (b'a', b'a').count(b'a'))
print(sorted({b'b': 1, b'a': 2}.items()))
