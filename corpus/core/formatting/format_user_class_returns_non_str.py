class Bad:
    def __format__(self, spec):
        return 42
for fn in (lambda: format(Bad()), lambda: f"{Bad()}", lambda: "{}".format(Bad()), lambda: f"{Bad():x}"):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
