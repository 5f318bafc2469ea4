# conform: skip-pyodide a set of negative ints is printed (slot of hash -2 differs with 32-bit hashes)
s = {8, 16, 24, 0, 9, 17}
print(s)
s2 = {33, 1, 65, 97}
print(s2)
s3 = set()
s3.add(-1)
s3.add(-2)
print(s3, hash(-1) == hash(-2))
print({None, 0, ()} == {(), 0, None})
print(len({(1, 2), (1, 2), (2, 1)}))
