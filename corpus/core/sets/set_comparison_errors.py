a = {1, 2}
print(a - {1})
print(a | frozenset({3}))
print(a + {3})
