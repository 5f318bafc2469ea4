class A:
    pass
def fn():
    pass
print(f"{int}", format(int), f"{len}", format(range(3)), format(slice(1)), format(..., ""), format(NotImplemented))
print(f"{A}", f"{fn!r}"[:14], "{0!s:>{1}}|".format(int, 15))
print("{:}".format(None), "{!r:}".format(None), "{!s:5}|".format(None), f"{None!s:>5}", f"{None!r:>5}")
print(f"{[1,2]!s:>8}", f"{(1,)!r:^8}", f"{ {'k': 1}!s:>10}")
for v in (int, len, range(3), ..., A):
    try:
        format(v, ">10")
    except TypeError as e:
        print(type(e).__name__, e)
