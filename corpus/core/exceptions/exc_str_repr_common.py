# str() and repr() of common exception classes with one argument and none
classes = [BaseException, Exception, ValueError, TypeError, IndexError, KeyError,
           AttributeError, NameError, UnboundLocalError, ZeroDivisionError, OverflowError,
           RuntimeError, NotImplementedError, RecursionError, StopIteration, AssertionError,
           LookupError, ArithmeticError, ImportError, ModuleNotFoundError, MemoryError,
           SystemExit, KeyboardInterrupt, GeneratorExit, UnicodeError, Warning, UserWarning,
           DeprecationWarning, EOFError, BufferError, ReferenceError, SystemError,
           TimeoutError, PermissionError, FileNotFoundError]
for cls in classes:
    e1 = cls("boom")
    e0 = cls()
    print(cls.__name__, "|", str(e1), "|", repr(e1), "|", repr(str(e0)), "|", repr(e0))
