# every item must be an int in range(0, 256)
def show(arg):
    try:
        print(bytes(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
show([256])
show([-1])
show([1, 2, 1000])
show([2**70])
show((0, -2**70))
show(['a'])
show([1.0])
show([None])
show(x for x in [10, 300])
show([b'a'])
