x = "outer"
result = [x for x in range(3)]
print(result, x)
def f():
    y = "local"
    vals = [y * 2 for y in "ab"]
    return vals, y
print(f())
squares = {n: n * n for n in range(3)}
try:
    n
except NameError as e:
    print(type(e).__name__, e)
g = list(z for z in range(2))
try:
    z
except NameError as e:
    print(type(e).__name__, e)
