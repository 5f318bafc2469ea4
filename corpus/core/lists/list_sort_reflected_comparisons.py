calls = []
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        calls.append(("gt", self.v, o.v))
        return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([G(3), G(1), G(2)]), len(calls) > 0)
calls.clear()
print(sorted([G(3), G(1), G(2)], reverse=True))
print(max([G(1), G(5), G(3)]), min([G(4), G(2)]))
class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
a = [L(2), L(1), L(2), L(0)]
a.sort()
print(a, [L(1)] < [L(2)], (L(1), 1) < (L(1), 2))
try:
    [L(1)] <= [L(1)]
except TypeError as e:
    print(type(e).__name__, e)
