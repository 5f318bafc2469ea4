class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
s = Stack().push(1).push(2)
while s:
    print(s.pop())
try:
    s.pop()
except IndexError as e:
    print(e)
class Temperature:
    def __init__(self, c):
        self.c = c
    def __lt__(self, o):
        return self.c < o.c
    def __le__(self, o):
        return self.c <= o.c
    def __repr__(self):
        return f"T({self.c})"
ts = [Temperature(5), Temperature(-1), Temperature(3)]
print(min(ts), max(ts), sorted(ts, reverse=True), Temperature(1) >= Temperature(0))
