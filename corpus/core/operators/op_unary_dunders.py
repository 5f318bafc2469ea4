class V:
    def __init__(self, x): self.x = x
    def __neg__(self): return V(-self.x)
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __repr__(self): return f"V({self.x})"
print(-V(3), +V(1), ~V(2), -(2**70), ~(2**70), -(-(2**53)), +True, -True)
class W: pass
try:
    -W()
except TypeError as e:
    print(e)
