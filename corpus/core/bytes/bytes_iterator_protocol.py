# the bytes iterator: __next__, __iter__, __length_hint__, exhaustion
it = iter(b'abc')
print(it.__length_hint__(), it.__next__(), it.__length_hint__())
print(iter(it) is it, list(it), list(it), it.__length_hint__())
it2 = iter(b'')
print(next(it2, None))
try:
    next(it2)
except StopIteration as e:
    print('StopIteration', e.args)
