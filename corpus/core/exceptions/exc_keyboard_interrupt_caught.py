# KeyboardInterrupt is a BaseException, not an Exception
def f():
    raise KeyboardInterrupt
try:
    try:
        f()
    except Exception:
        print("wrong")
except KeyboardInterrupt as e:
    print("caught", repr(e), repr(str(e)))
print(issubclass(KeyboardInterrupt, BaseException))
