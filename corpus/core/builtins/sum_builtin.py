print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2.5]), sum([], 10), sum([1], start=100))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([0.1] * 10), sum(x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([2**64, 2**64]), sum([1j, 2]))
for args, kw in ((("ab", ""), {}), ((["a", "b"], ""), {}), (([b"a"], b""), {}), (([bytearray()], bytearray()), {}) if False else (([1],), {"begin": 0}), ((5,), {}), (([1, "a"],), {}), ((), {})):
    try:
        print(sum(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
