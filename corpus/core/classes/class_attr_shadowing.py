class Counter:
    count = 0
    tags = []
    def bump(self):
        self.count += 1
        self.tags.append(self.count)
a, b = Counter(), Counter()
a.bump(); a.bump(); b.bump()
print(a.count, b.count, Counter.count)
print(a.tags, Counter.tags, a.tags is b.tags)
print("count" in a.__dict__, "tags" in a.__dict__)
del a.count
print(a.count)
Counter.count = 100
print(a.count, b.count)
