# conform: args -m ast -a
x = []  # type: list[int]
y = 1  # type: ignore
def f(a, b):
    # type: (int, str) -> None
    pass
def g(
    a,  # type: int
    b,  # type: str
):
    # type: (...) -> None
    pass
for i in []:  # type: int
    pass
with a as b:  # type: int
    pass
def h(a, b):  # type: (int, int) -> int
    return a
z = 1  # type: ignore[attr-defined]
