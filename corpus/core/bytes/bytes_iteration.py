# iterating a bytes yields ints
b = b'AZ\x00\xff'
for x in b:
    print(x, end=' ')
print()
print(list(b), tuple(b'hi'), [x + 1 for x in b'abc'])
it = iter(b'xy')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(sum(b'\x01\x02\x03'), max(b'hello'), min(b'hello'), sorted(b'cab'))
print(list(enumerate(b'ab')), list(zip(b'ab', b'cd')))
print(list(reversed(b'abc')))
print(set(b'aabbc') == {97, 98, 99})
a, b2, c = b'xyz'
print(a, b2, c)
print(*b'123')
try:
    next(it)
except StopIteration:
    print('StopIteration')
