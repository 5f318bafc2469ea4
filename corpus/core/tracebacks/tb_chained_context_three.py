def step1():
    raise ValueError("one")
def step2():
    try:
        step1()
    except ValueError:
        raise TypeError("two")
def step3():
    try:
        step2()
    except TypeError as e:
        raise RuntimeError("three") from e
step3()
