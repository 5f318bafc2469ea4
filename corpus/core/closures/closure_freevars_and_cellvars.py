def outer(a, b):
    c = 3
    def inner():
        return a + c
    def other():
        return b
    return inner, other
inner, other = outer(1, 2)
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
print(inner.__code__.co_freevars, other.__code__.co_freevars)
print([cell.cell_contents for cell in inner.__closure__])
print(inner(), other())
def no_closure():
    return 1
print(no_closure.__code__.co_freevars, no_closure.__code__.co_cellvars)
