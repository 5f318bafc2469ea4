def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero")
        return "err"
    else:
        print("ok", r)
        return r
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
