counter = 0
def inc():
    return countr + 1
inc()
