# conform: args -m ast -a
def f():
    [(total := total + x) for x in range(3)] if (total := 0) is not None else None
    return total
class C:
    def m(self):
        return [(z := i) for i in range(2)], z
