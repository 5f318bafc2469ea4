# return in finally swallows the exception and overrides the try's return
def swallow():
    try:
        raise RuntimeError("gone")
    finally:
        return "finally wins"
def override():
    try:
        return "try"
    finally:
        return "finally"
def handler_return():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("finally runs before the except's return")
print(swallow())
print(override())
print(handler_return())
