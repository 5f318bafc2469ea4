# __mro__ of builtin exception classes, by name
for cls in [ZeroDivisionError, KeyError, UnboundLocalError, FileNotFoundError, BrokenPipeError,
            TabError, UnicodeDecodeError, ModuleNotFoundError, RecursionError, SystemExit,
            StopIteration, DeprecationWarning, ExceptionGroup, BaseException]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
