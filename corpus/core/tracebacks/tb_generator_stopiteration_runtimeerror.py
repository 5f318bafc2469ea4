it = iter([1, 2])
def gen():
    yield next(it)
    yield next(it)
    yield next(it)
print(list(filter(None, [0, 1])), list(gen()))
