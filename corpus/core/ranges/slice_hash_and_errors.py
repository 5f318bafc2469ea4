s = slice(1, 2, 3)
print(hash(s) == hash(slice(1, 2, 3)), {s: "ok"}[slice(1, 2, 3)])
try:
    hash(slice([], 1))
except TypeError as e:
    print(type(e).__name__, e)
xs = [1, 2, 3]
for bad in [slice("a", None), slice(None, 1.5), slice(None, None, "x")]:
    try:
        xs[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    xs[1:2:0]
except ValueError as e:
    print(type(e).__name__, e)
print(xs[True:], xs[:-True], xs[None:None:None], xs[2**80:], xs[-2**80:1])
