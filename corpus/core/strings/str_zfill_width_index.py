# width arguments accept __index__ objects and bools
class W:
    def __index__(self):
        return 6
print(repr("ab".zfill(W())), repr("ab".center(W(), "-")), repr("ab".ljust(W())), repr("ab".rjust(W(), "+")))
print(repr("ab".center(False)), repr("-5".zfill(W())))
