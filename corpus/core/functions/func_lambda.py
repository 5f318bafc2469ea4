square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, z=2))
print(square.__name__)
fs = []
for i in range(3):
    fs.append(lambda i=i: i * 10)
print(fs[0](), fs[2]())
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
print(sorted([(1, "b"), (0, "c")], key=lambda p: p[1]))
