def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for x in range(3):
    if x == 1:
        continue
    print("x", x)
else:
    print("else after continue")
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    else:
        return None
print(first_even([1, 3, 4]), first_even([1]))
