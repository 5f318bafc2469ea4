def test(name, result):
    print("test", name)
    return result
if test("a", False):
    print("A")
elif test("b", 0):
    print("B")
elif test("c", "x"):
    print("C")
elif test("d", True):
    print("D")
else:
    print("else")
x = 5
if x > 3:
    if x > 4:
        print("nested")
    else:
        print("inner else")
