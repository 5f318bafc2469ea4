def f():
    try: pass
    except* E:
        with x:
            return 1
