iterators = [iter([1, 2]), reversed([1, 2]), iter((1, 2)), iter(range(2)), iter(range(2**64, 2**64 + 2)), reversed(range(2)), iter({1, 2}), iter({1: 2, 3: 4}), iter({1: 2, 5: 6}.values()), iter({1: 2, 5: 6}.items()), reversed({1: 2, 3: 4}), reversed({1: 2, 5: 6}.items()), reversed({1: 2, 3: 4}.values()), reversed((1, 2))]
for it in iterators:
    print(type(it).__name__, it.__length_hint__(), it.__next__(), it.__length_hint__(), it.__iter__() is it, list(it), it.__length_hint__())
    try:
        it.__next__()
    except StopIteration as e:
        print("StopIteration", e.args)
    print(next(it, "exhausted"))
xs = [1, 2, 3]
r = reversed(xs)
next(r)
del xs[:]
print(r.__length_hint__(), list(r))
