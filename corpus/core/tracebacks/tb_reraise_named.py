def risky():
    return [][1]
try:
    risky()
except IndexError as e:
    raise e
