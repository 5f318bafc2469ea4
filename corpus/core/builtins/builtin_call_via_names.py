print(len.__name__, abs.__name__, print.__name__, type(len).__name__, repr(len), repr(sorted))
fns = [abs, len, str.upper, max]
print([f.__name__ for f in fns])
print(list(map(len, ["ab", "c"])), sorted(["x", "yy"], key=len, reverse=True))
b = max
print(b(1, 9), (lambda f: f(-3))(abs))
