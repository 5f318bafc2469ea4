# conform: skip-pyodide set order depends on 64-bit hashes of bytes
# bytes are hashable: dict keys and set members
d = {b'a': 1, b'b': 2}
d[b'a'] += 10
d[b'c'] = 3
print(d, d[b'b'], b'c' in d, 'c' in d)
s = {b'x', b'y', b'x', b'z', b'apple', b'banana'}
print(len(s), sorted(s))
print(s)
print({b'k': 'v'}.get(b'k'), {b'k': 'v'}.get('k'))
