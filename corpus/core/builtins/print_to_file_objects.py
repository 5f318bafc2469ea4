class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("a", 1, sep="-", end="!", file=c)
print(file=c)
print("x", "y", file=c)
print(c.parts)
class Flushy:
    def write(self, s):
        pass
    def flush(self):
        print("flush called")
print("hidden", file=Flushy(), flush=True)
print("not flushed", file=Flushy())
class NoWrite:
    pass
try:
    print("z", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
