def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError("a"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), UnboundLocalError()]:
    print(classify(exc))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(RecursionError, RuntimeError))
