x is 1
def f():
    try: pass
    finally: return
nonlocal x
