def f(a, b, /, c, *args, d, e=1, **kw):
    local1 = a
    local2 = b
    return local1
co = f.__code__
print(co.co_name, co.co_qualname)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals)
def outer():
    x = 1
    y = 2
    def inner():
        return x + y
    print(outer.__code__.co_cellvars, inner.__code__.co_freevars)
    return inner
outer()
g = lambda: 0
print(g.__code__.co_name, g.__code__.co_varnames, g.__code__.co_argcount)
