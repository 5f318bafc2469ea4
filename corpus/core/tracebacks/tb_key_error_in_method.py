class Registry:
    def __init__(self):
        self.items = {"alpha": 1}
    def get(self, name):
        return self.items[name]
r = Registry()
print(r.get("alpha"))
print(r.get("beta"))
