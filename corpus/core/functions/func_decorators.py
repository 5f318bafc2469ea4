def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(n):
    def deco(fn):
        def run(*args):
            return [fn(*args)] * n
        return run
    return deco
@repeat(3)
@trace
def one():
    return 1
print(one())
print(add.__name__, one.__qualname__)
