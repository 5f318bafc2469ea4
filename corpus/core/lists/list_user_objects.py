class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x})"
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        return self.x < other.x
ps = [P(3), P(1), P(2)]
print(ps, sorted(ps), max(ps), min(ps), P(1) in ps, ps.index(P(2)), ps.count(P(3)))
ps.remove(P(1))
print(ps, [P(1)] < [P(2)], (P(1),) == (P(1),), sorted(ps, reverse=True))
print({P(1), P(1), P(2)} == {P(2), P(1)}, {P(1): "a"}[P(1)], len(set(ps + ps)))
class Always:
    def __eq__(self, other):
        return True
    __hash__ = None
print([Always()] == [1], Always() in [1, 2], [5, 6].index(Always()), [1, 2].count(Always()))
try:
    {Always()}
except TypeError as e:
    print(type(e).__name__, e)
