# nested handlers reusing the same as-name, and the name after each
try:
    raise ValueError("outer")
except ValueError as e:
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("inner", repr(e))
    try:
        print(e)
    except NameError as err:
        print("NameError:", err)
def f():
    e = 1
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
