for f in (lambda: int("5", bas=10), lambda: int(bse=2), lambda: float(x=1), lambda: str(objec=1), lambda: bool(x=1), lambda: list(iterabl=1), lambda: tuple(x=1), lambda: set(x=1), lambda: frozenset(x=1), lambda: range(x=1), lambda: slice(x=1), lambda: dict(1, x=1), lambda: type(1, x=2), lambda: enumerate(iterabl=1), lambda: zip(stric=True), lambda: map(str, x=1), lambda: filter(None, [], x=1), lambda: reversed([], x=1), lambda: sorted([], x=1), lambda: max([1], x=1), lambda: print(x=1), lambda: sum([], x=1), lambda: round(1, x=1), lambda: pow(1, 2, x=1), lambda: divmod(1, x=2), lambda: int(1, 2, 3), lambda: float(1, 2), lambda: iter(), lambda: object(1), lambda: object(x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
