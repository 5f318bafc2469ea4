class C:
    def method(self):
        pass
class WithCall:
    def __call__(self):
        return 1
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(C), callable(C()), callable(C().method))
print(callable(WithCall()), callable(1), callable("s"), callable(None), callable(int), callable([].append))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
