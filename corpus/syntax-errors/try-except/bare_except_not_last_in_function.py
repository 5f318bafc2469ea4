def f():
    try:
        return 1
    except:
        return 2
    except (TypeError, ValueError):
        return 3
