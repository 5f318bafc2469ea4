def k1(*, x):
    pass
def k2(*, x, y):
    pass
def k3(a, *, x, y, z=0, w):
    pass
for call in [lambda: k1(), lambda: k2(), lambda: k2(y=1), lambda: k3(1), lambda: k3(1, y=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    k3()
except TypeError as e:
    print(e)
