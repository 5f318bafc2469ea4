data = [5, 8, 13, 2]
if any((big := v) > 10 for v in data):
    print("first big", big)
total = 0
running = [total := total + v for v in data]
print(running, total)
def f(values):
    matches = [m for v in values if (m := v * 2) > 10]
    return matches, m
print(f([1, 6, 7]))
last = [(w := c) for c in "xyz"]
print(last, w)
