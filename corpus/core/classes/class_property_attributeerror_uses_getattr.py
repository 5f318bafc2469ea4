class P:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        raise AttributeError(f"no {name} via __getattr__")
p = P()
print(p.bad)
