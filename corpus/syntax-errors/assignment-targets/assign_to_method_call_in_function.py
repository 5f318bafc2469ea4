def f(obj):
    obj.method() = 42
