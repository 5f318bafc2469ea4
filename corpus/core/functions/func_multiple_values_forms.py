def f(a, b, c=0):
    return a, b, c
for call in [lambda: f(1, 2, a=3), lambda: f(1, 2, 3, c=4), lambda: f(1, b=2, **{"b": 3})]:
    try:
        call()
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        return x
try:
    C().m(1, x=2)
except TypeError as e:
    print(e)
try:
    C.m(C(), self=1)
except TypeError as e:
    print(e)
