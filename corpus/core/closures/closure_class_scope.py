x = "global"
class C:
    x = "class"
    def method(self):
        return x
    y = x + "!"
print(C().method(), C.y)
def f():
    x = "enclosing"
    class D:
        z = x
        x = "class body"
        w = x
    return D.z, D.w
print(f())
