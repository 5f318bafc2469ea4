u = int | str
print(u, type(u), repr(int | None), None | int, int | int, (int | str) | float, u.__args__, u == (str | int), int | str | int)
class A: pass
print(A | int, isinstance(1, u), isinstance(None, int | None), issubclass(bool, int | str), isinstance("s", A | float))
print(hash(int|str) == hash(str|int), u == int, u != (int | float), (int | None).__args__, None | None if False else "")
t = int
t |= str
print(t, {int | str: 1}[str | int], str(u), f"{u}", format(u))
for f in (lambda: int | 5, lambda: 5 | int, lambda: isinstance(1, int | 5), lambda: None | None, lambda: issubclass(1, int | str), lambda: "s" | int):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(3, (str, int | None)), issubclass(A, (int | A, str)))
