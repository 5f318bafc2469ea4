# attributes of str's method objects: names, qualified names, the bound receiver, reprs
print(str.upper.__name__, str.upper.__qualname__, "x".upper.__name__, "x".upper.__qualname__)
print(repr("ab".upper.__self__), str.join.__qualname__, str.maketrans.__qualname__)
print(repr(str.upper), repr(str.split))
