class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
d = {Key(1): "one"}
print(d[Key(1)])
print({Key(1), Key(1), Key(2)})
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
print(NoHash() == 3)
{NoHash()}
