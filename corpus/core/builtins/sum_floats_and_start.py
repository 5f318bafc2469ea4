print(sum([0.1, 0.2, 0.3]), sum([0.1] * 3), 0.1 + 0.2 + 0.3)
print(sum([1e16, 1.0, -1e16]), sum([1, 1e100, 1, -1e100]), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
print(sum(range(10), start=-45), sum([], start=[]), sum([[1]], start=[0]), sum([1.5], 1))
print(sum([2**63, 2**63]), sum([-1] * 5, 5), sum([True] * 3, 0.5))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))
    def __radd__(self, other):
        return Acc(other + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)
