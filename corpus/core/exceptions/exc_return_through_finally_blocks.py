def f(x):
    try:
        r = 1 / x
    except ZeroDivisionError:
        return "err"
    else:
        return r
    finally:
        print("fin")
print(f(1), f(0))
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    return "ret"
            finally:
                print("inner", i)
        finally:
            print("outer", i)
    return "end"
print(g())
def h():
    try:
        return 1
    finally:
        try:
            print("a")
        finally:
            print("b")
print(h())
def k():
    while True:
        try:
            break
        finally:
            print("k-fin")
    try:
        raise ValueError
    except ValueError:
        try:
            return "handled"
        finally:
            print("k-fin2")
print(k())
