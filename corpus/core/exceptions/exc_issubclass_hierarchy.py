# issubclass across the builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (BrokenPipeError, ConnectionError),
    (ConnectionError, OSError), (TimeoutError, OSError), (PermissionError, OSError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError),
    (DeprecationWarning, Warning), (Warning, Exception), (UserWarning, Warning),
    (SystemExit, Exception), (KeyboardInterrupt, Exception), (GeneratorExit, Exception),
    (SystemExit, BaseException), (KeyboardInterrupt, BaseException),
    (StopIteration, Exception), (StopAsyncIteration, Exception),
    (ExceptionGroup, Exception), (ExceptionGroup, BaseExceptionGroup),
    (BaseExceptionGroup, Exception), (AssertionError, Exception),
    (KeyError, IndexError), (ValueError, TypeError), (Exception, BaseException),
    (BaseException, object), (EnvironmentError, OSError), (IOError, OSError),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, (TypeError, LookupError)), issubclass(KeyError, (TypeError, ValueError)))
