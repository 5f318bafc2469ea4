def make_counter():
    count = 0
    def inc():
        count += 1
        return count
    return inc
c = make_counter()
try:
    c()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError), e.name if hasattr(e, "name") else "-")
def fixed():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = fixed()
print(f(), f(), f())
