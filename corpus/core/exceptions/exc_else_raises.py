# an exception in else is not caught by the same try's handlers
def f():
    try:
        try:
            x = 1
        except ZeroDivisionError:
            print("not here")
        else:
            print("else runs")
            x = 1 / 0
        finally:
            print("finally runs")
    except ZeroDivisionError as e:
        print("outer caught", e)
f()
try:
    pass
except Exception:
    pass
else:
    raise ValueError("from else")
