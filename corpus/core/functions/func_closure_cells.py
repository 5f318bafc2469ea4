def make(n):
    items = []
    def add(v):
        items.append(v * n)
        return items
    return add
add = make(3)
add(1); add(2)
print(len(add.__closure__))
print(add.__code__.co_freevars)
print([c.cell_contents for c in add.__closure__])
print(type(add.__closure__).__name__, type(add.__closure__[0]).__name__)
def plain():
    return 1
print(plain.__closure__)
def late():
    def get():
        return value
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    value = "set"
    print(cell.cell_contents)
late()
