def f(x):
    try:
        if x: return 1
        if x: return 2
    finally:
        print(x is 1)
break
