class Box:
    def __init__(self):
        self.items = []
    @property
    def first(self):
        return self.items[0]
b = Box()
print(b.first)
