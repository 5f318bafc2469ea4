class P:
    @property
    def ok(self):
        return "prop"
    @property
    def bad(self):
        raise AttributeError("inner missing")
    @property
    def boom(self):
        raise KeyError("k")
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
p = P()
print(getattr(p, "ok"), getattr(p, "dyn_x"), getattr(p, "bad", "dflt"), getattr(p, "zzz", "dflt2"), hasattr(p, "bad"), hasattr(p, "dyn_"))
try:
    getattr(p, "boom", 1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(p, "boom")
except KeyError as e:
    print(type(e).__name__, e)
try:
    p.bad
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
