def f():
    pass
class WithCall:
    def __call__(self, x):
        return x * 2
class Without:
    pass
for obj in [f, len, WithCall, WithCall(), Without(), 3, "s", lambda: 0, print, Without]:
    print(type(obj).__name__, callable(obj))
print(WithCall()(21))
try:
    Without()()
except TypeError as e:
    print(e)
try:
    "text"(1)
except TypeError as e:
    print(e)
