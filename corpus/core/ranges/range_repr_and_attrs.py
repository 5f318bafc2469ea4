print(range(5), range(1, 5), range(1, 5, 2), range(-3, -10, -1), range(0, 0), repr(range(3, 10, 1)))
r = range(2, 20, 5)
print(r.start, r.stop, r.step, range(7).start, range(7).step, str(r))
try:
    r.start = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(list(r), tuple(range(3)), set(range(3)), sum(range(101)), max(range(5)), min(range(-3, 3)))
