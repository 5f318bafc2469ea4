def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
@singleton
@add_repr
class Config:
    def __init__(self, name):
        self.name = name
print(Point(1, "two"))
a = Config("first")
b = Config("second")
print(a, b, a is b)
print(type(Config).__name__, Point.__name__)
