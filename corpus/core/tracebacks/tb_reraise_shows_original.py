def risky():
    return int("nope")
try:
    risky()
except ValueError:
    print("logging, then re-raising")
    raise
