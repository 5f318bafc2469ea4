class A:
    pass
class B:
    def __repr__(self):
        return "B()"
tests = [
    lambda: A() + B(),
    lambda: A() * 2,
    lambda: 2 - A(),
    lambda: A() < B(),
    lambda: A() >= 1,
    lambda: -A(),
    lambda: ~B(),
    lambda: A() @ A(),
    lambda: A() ** 2,
    lambda: A() % B(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
print(A() == B(), A() != B())
