def f():
    def g():
        nonlocal zähler
