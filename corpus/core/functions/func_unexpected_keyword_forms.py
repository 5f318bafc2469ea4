def f(a, b=2):
    return a + b
try:
    f(1, c=3)
except TypeError as e:
    print(e)
try:
    f(1, **{"zz": 1})
except TypeError as e:
    print(e)
class K:
    def method(self, x):
        return x
try:
    K().method(y=1)
except TypeError as e:
    print(e)
try:
    (lambda q: q)(r=1)
except TypeError as e:
    print(e)
