def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("not here")
def level1():
    try:
        level2()
    except IndexError as e:
        print("level1 caught", e)
        return "recovered"
print(level1())
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e), repr(e.__context__))
