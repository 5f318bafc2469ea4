def collect():
    getters = []
    for i in range(3):
        getters.append(lambda: i)
    i = 100
    return [g() for g in getters]
print(collect())
def with_while():
    fs = []
    k = 0
    while k < 2:
        def f(k=k):
            return k
        fs.append(f)
        k += 1
    return [f() for f in fs]
print(with_while())
