class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, object))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, A), issubclass(bool, int))
print(isinstance(3, (str, (list, int))), isinstance(True, int), isinstance(A, type))
for bad in [lambda: isinstance(b, 3), lambda: issubclass(b, A), lambda: issubclass(B, "A")]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(type(b) is B, type(b) is A, type(B), type(type))
