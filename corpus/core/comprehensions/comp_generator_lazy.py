def noisy(n):
    print("produce", n)
    return n
gen = (noisy(i) for i in range(3))
print("created")
for v in gen:
    print("got", v)
    if v == 1:
        break
print("after break", next(gen, "exhausted?"))
print(next(gen, "exhausted"))
lst = [noisy(i) for i in range(2)]
print("list built", lst)
