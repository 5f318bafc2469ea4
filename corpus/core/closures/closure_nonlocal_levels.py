def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "c-set"
            return x
        c()
        return x
    r = b()
    return x, r
print(a())
def outer():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
        inner()
    mid()
    return v
print(outer())
