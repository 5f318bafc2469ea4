def f():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
    x = 2
    return x
print(f())
def g():
    y = "cell"
    def show():
        return y
    del y
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
g()
