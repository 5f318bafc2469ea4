def make():
    class Inner:
        values = [1, 2]
        first = values[5]
    return Inner
make()
