o = object()
p = object()
print(type(o), o == o, o == p, o != p, isinstance(o, object), repr(o)[:15], str(o)[:15], hash(o) == hash(o), o is not p)
print({o: 1}[o], bool(o), o.__class__, type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.x
except AttributeError as e:
    print(type(e).__name__, e)
for f in (lambda: object(1), lambda: object(x=1), lambda: type(1, x=2), lambda: o < p):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
sentinel = object()
def find(seq, target):
    for x in seq:
        if x == target:
            return x
    return sentinel
print(find([1, 2], 3) is sentinel, find([1, 2], 2))
print(format(o, "")[:8], f"{o!r}"[:8])
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)
