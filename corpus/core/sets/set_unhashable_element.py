# conform: skip-pyodide a set holding a tuple is printed (order depends on 64-bit hashes)
s = {1, (2, 3)}
print(s)
s.add([4, 5])
