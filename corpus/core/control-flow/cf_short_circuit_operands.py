print(0 or "default", "" or None, [] and "never", [1] and "second")
print(None or 0 or "", 3 and 4 and 5, 3 and 0 and 5)
class Truth:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def __bool__(self):
        print("bool of", self.name)
        return self.value
    def __repr__(self):
        return self.name
print(Truth("a", False) or Truth("b", True))
print(Truth("c", True) and Truth("d", False))
print(not Truth("e", True))
r = Truth("f", False) and print("not printed")
print(r)
x = Truth("g", True)
if x and Truth("h", True):
    print("both true")
