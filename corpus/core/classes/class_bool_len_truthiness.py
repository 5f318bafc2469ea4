class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Both:
    def __bool__(self):
        print("__bool__ wins")
        return True
    def __len__(self):
        print("__len__ not used")
        return 0
class Neither:
    pass
print(bool(Empty()), bool(Full()), bool(Flag(False)), bool(Flag(True)), bool(Neither()))
print(bool(Both()))
print("yes" if Full() else "no", not Empty(), len(Full()))
print([x for x in [Empty(), Full(), Flag(True)] if x].__len__())
