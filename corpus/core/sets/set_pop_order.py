s = {5, 1, 9, 13, 3}
out = []
while s:
    out.append(s.pop())
print(out)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = set(range(20))
print(t.pop(), t.pop(), len(t))
t.add(0)
print(t.pop())
try:
    frozenset({1}).pop()
except AttributeError as e:
    print(type(e).__name__, e)
