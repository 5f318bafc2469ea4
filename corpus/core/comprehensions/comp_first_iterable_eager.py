def source():
    print("source evaluated")
    return [1, 2]
gen = (x for x in source())
print("genexp created")
print(list(gen))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager:", e)
lazy = (y for x in [1] for y in x)
print("second iterable is lazy")
try:
    list(lazy)
except TypeError as e:
    print("lazy:", e)
