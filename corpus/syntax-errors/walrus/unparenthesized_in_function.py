def f():
    y := 2
