class W:
    def __init__(self):
        self.log = []
    def write(self, s):
        self.log.append(s)
w = W()
try:
    print("a", file=w, flush=True)
except AttributeError as e:
    print(type(e).__name__, e)
print(w.log)
class BadWrite:
    write = 5
try:
    print("a", file=BadWrite())
except TypeError as e:
    print(type(e).__name__, e)
class RaisingWrite:
    def write(self, s):
        raise OSError("disk full")
try:
    print("a", "b", file=RaisingWrite())
except OSError as e:
    print(type(e).__name__, e)
print("x", "y", sep="", end="", file=w)
print(file=w, end="END")
print(w.log)
print("a", flush=1, sep=None, end=None)
for kw in ({"flush": "yes"}, {"sep": 1.5}, {"file": 0}):
    try:
        print("z", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
