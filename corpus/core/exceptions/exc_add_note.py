try:
    e = ValueError("bad value")
    e.add_note("note one")
    e.add_note("note two")
    raise e
except ValueError as err:
    print(err.__notes__)
def check(x):
    if x < 0:
        err = ValueError(f"negative: {x}")
        err.add_note(f"while checking {x}")
        raise err
check(-3)
