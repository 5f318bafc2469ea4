class Item:
    def __init__(self, v):
        self.v = v
    def key(self):
        return self.v.lower()
items = [Item("b"), Item("A"), Item(3)]
items.sort(key=Item.key)
