def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 3)])
def side(name, v):
    print("eval", name)
    return v
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", []) else side("b", 2))
x = 7
label = ("odd" if x % 2 else "even") + "!"
print(label)
f = (lambda v: v * 2) if x > 5 else (lambda v: v)
print(f(10))
print((1 if True else 2) + (3 if False else 4))
