class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for v in Countdown(2):
    print("v", v)
print(sum(Countdown(4)), max(Countdown(3)), sorted(Countdown(3)))
a, b = Countdown(2)
print(a, b)
class Reusable:
    def __iter__(self):
        return iter("ab")
r = Reusable()
print(list(r), list(r), [x + y for x in r for y in r])
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(e)
