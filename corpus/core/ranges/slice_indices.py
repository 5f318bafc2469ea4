print(slice(None).indices(10), slice(2, 8).indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 100, 3).indices(20), slice(-100, -50).indices(10), slice(10, 0, -2).indices(6), slice(0, 0).indices(0))
print(slice(5, -1, -1).indices(3), slice(None, None, 2).indices(0), slice(2**70, None).indices(7))
print(range(*slice(1, None, 2).indices(9)), list(range(*slice(None, None, -3).indices(10))))
for s, n in [(slice(None, None, 0), 5), (slice(1), -1), (slice("a"), 3), (slice(1), "3"), (slice(1, 2, 1.5), 4)]:
    try:
        s.indices(n)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    slice(1).indices()
except TypeError as e:
    print(type(e).__name__, e)
