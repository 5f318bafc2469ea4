# the value of return is computed before finally runs
def f():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def g():
    n = 1
    try:
        return n
    finally:
        n = 99
print(f(), g())
def h():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(h())
