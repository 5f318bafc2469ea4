print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", (int, (list, (str,)))), isinstance([], ()), isinstance(None, type(None)))
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B, type), isinstance(int, type), isinstance(A, object))
print(issubclass(B, A), issubclass(bool, (str, int)), issubclass(A, A))
for args in ((1, 1), (1, "int"), (1, (int, 1)), (1, [int]), (1,), (1, int, 2)):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, (int, 1)))
print(isinstance(1, (1, int)))
