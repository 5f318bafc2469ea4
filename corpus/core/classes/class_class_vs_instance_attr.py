class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.shared.append(Counter.count)
a = Counter()
b = Counter()
print(Counter.count, a.count, b.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print(hasattr(a, "count"), hasattr(a, "nope"), getattr(a, "nope", "default"))
setattr(a, "dyn", 5)
print(a.dyn, a.__dict__)
