# in a function, the as-name is deleted after the handler: UnboundLocalError
def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        print("in handler", e)
    return e
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)
def g():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    print(e)
g()
