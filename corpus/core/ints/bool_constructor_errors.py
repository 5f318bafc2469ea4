def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: bool(1, 2))
attempt(lambda: bool(x=1))
class Weird:
    def __bool__(self):
        return 1
class Sized:
    def __len__(self):
        return 0
attempt(lambda: bool(Weird()))
attempt(lambda: bool(Sized()))
attempt(lambda: not Weird())
