def f():
    return 1 is 1
break
