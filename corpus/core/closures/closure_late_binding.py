funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print(funcs[0](), funcs[1](), funcs[2]())
funcs = []
for i in range(3):
    def g(i=i):
        return i
    funcs.append(g)
print(funcs[0](), funcs[1](), funcs[2]())
def make(n):
    return lambda: n
fs = []
for i in range(3):
    fs.append(make(i))
print(fs[0](), fs[2]())
