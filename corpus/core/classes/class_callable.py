class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder))
class NotCallable:
    pass
NotCallable()()
