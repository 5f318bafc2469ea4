calls = []
def idx(i):
    calls.append(i)
    return i
xs = [1, 2, 3]
xs[idx(0)] += 10
print(xs, calls)
d = {"a": [1]}
d["a"] += [2]
print(d)
class C:
    n = 0
c = C()
c.n += 5
print(c.n, C.n)
t = (1, 2)
t += (3,)
print(t)
s = "ab"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(tup)
