# A set display of 3..30 constants is built from a frozenset constant; 31 or more are added one by one.
print({8, 16, 24})
print({8, 16, 24, 0})
print({8, 16, 24, 0, 9})
print({40, 32, 24, 16, 8, 0, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97, 105, 113, 121, 129, 137, 145, 153, 161, 169, 177, 185, 193})
print({40, 32, 24, 16, 8, 0, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97, 105, 113, 121, 129, 137, 145, 153, 161, 169, 177, 185, 193, 201})
s = {8, 16, 24, 0, 9}
s.add(1)
print(s)
for v in {8, 16, 24, 0, 9}:
    print(v, end=" ")
print()
print(9 in {8, 16, 24, 0, 9}, [v for v in {8, 16, 24, 0, 9}])
print(list({8, 16, 24, 0, 9}), sorted({8, 16, 24, 0, 9}), frozenset({8, 16, 24, 0, 9}))
