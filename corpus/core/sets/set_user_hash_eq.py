class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 5
    def __eq__(self, other):
        return False
    def __repr__(self):
        return f"H{self.n}"
h = H(1)
s = {h, H(2), H(3)}
print(len(s), h in s, H(1) in s)
s.discard(h)
print(len(s), h in s)
d = {h: 1, H(4): 2}
print(d[h], len(d), list(d.values()))
class Same:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return isinstance(other, Same) and self.n == other.n
    def __repr__(self):
        return f"S{self.n}"
print({Same(1), Same(4), Same(1), Same(7), Same(3)})
