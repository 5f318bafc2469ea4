funcs = [lambda x, k=k: x / k for k in range(3)]
print(funcs[1](4))
results = [f(1) for f in funcs]
