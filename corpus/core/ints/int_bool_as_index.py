items = ['zero', 'one', 'two']
print(items[True], items[False], items[-True], 'abc'[True:], [0] * True, (1, 2) * False, range(10)[True])
print(items[True:True + True], 'xyz'[::-True], list(range(True, 3)), bin(True), hex(False), oct(True))
d = {0: 'zero', 1: 'one'}
print(d[False], d[True], d.get(True), d.get(1.0), True in d)
