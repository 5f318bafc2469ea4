with a as b as c:
    pass
