def f():
    while True:
        try:
            pass
        finally:
            def g():
                return 1
            break
f()
