# __bases__, __name__, __qualname__, __module__ of builtin exception classes
for cls in [ZeroDivisionError, LookupError, OSError, ConnectionResetError, ExceptionGroup,
            BaseExceptionGroup, Exception, BaseException, Warning]:
    print(cls.__name__, cls.__qualname__, cls.__module__, [b.__name__ for b in cls.__bases__])
print(type(ValueError) is type, type(ValueError).__name__)
print(repr(ValueError), repr(KeyError), str(OSError))
