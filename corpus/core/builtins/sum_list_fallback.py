# sum() over a list: ints summed natively, then a value with __radd__ that changes the list the
# sum is still iterating; the rest of the items go through the generic protocol.
class Grow:
    def __init__(self, items):
        self.items = items
    def __radd__(self, other):
        self.items.append(1000)
        return other + 1

items = [1, 2, 3]
items.append(Grow(items))
items.append(4)
print(sum(items), len(items))
print(sum([1, 2.5, 3]), sum([2**62, 2**62, 2**62]), sum([True, True, 3]), sum([], 10))
print(sum([[1], [2]], []), sum((x * x for x in range(5)), -1))
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
