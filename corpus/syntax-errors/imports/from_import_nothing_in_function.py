def f():
    from collections import
