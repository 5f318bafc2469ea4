# loop else clauses and exceptions leaving loops
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            break
    else:
        raise LookupError(f"{target!r} not found")
    return i
print(find([1, 2, 3], 2))
try:
    find([1, 2, 3], 9)
except LookupError as e:
    print("LookupError:", e)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            raise StopIteration
    except StopIteration:
        break
print("n =", n)
