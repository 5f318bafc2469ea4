d = {"a": 1}
print(dict.__hash__, list.__hash__, set.__hash__, frozenset.__hash__ is None, tuple.__hash__ is None)
for v in [d, d.keys(), d.items(), [1], {1}]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(hash(d.values())).__name__)
try:
    {d.keys(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, d.items())}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(type(e).__name__, e)
