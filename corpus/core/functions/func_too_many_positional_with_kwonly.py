def f(a, *, k):
    pass
def g(a, b=1, *, k, m=2):
    pass
def h(*, k):
    pass
for call in [lambda: f(1, 2, k=3), lambda: g(1, 2, 3, k=1), lambda: g(1, 2, 3, k=1, m=2), lambda: h(1, k=2), lambda: h(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
