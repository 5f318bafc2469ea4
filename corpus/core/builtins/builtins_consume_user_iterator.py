class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(dict(M()), dict(M(), c=1), list(It()), tuple(It()), set(It()), frozenset(It()))
print(sorted(It(), reverse=True), sum(It()), max(It()), min(It(), key=lambda x: -x), list(zip(It(), It())))
print(list(enumerate(It())), dict(zip(It(), "abc")), any(It()), all(It()), list(map(str, It())))
print(list(filter(lambda x: x % 2, It())), next(It()), "".join(map(str, It())), [*It()], {*It()}, list(iter(It())))
print(list(zip(range(3), It(), strict=True)))
for call in (lambda: list(reversed(It())), lambda: len(It()), lambda: list(zip(It(), range(2), strict=True))):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
