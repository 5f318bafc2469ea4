fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
hs = [(lambda v: lambda: v)(i) for i in range(3)]
print([h() for h in hs])
def in_function():
    fs = [lambda: k * 10 for k in range(2)]
    return [f() for f in fs]
print(in_function())
ds = {k: (lambda: k) for k in "ab"}
print({k: f() for k, f in ds.items()})
