def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = x + "c"
            return x
        r = c()
        return r + "|" + x
    return b() + "|" + x
print(a())
def shared():
    val = []
    def push(v):
        val.append(v)
    def get():
        return val
    return push, get
push, get = shared()
push(1)
push(2)
print(get())
