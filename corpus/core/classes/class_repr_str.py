class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
class Q(P):
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = P(1, "a")
q = Q(2, "b")
print(p, repr(p), str(p))
print(q, repr(q), str(q))
print([p, q], {"k": q}, (p,))
print(f"{q} {q!r}")
class Plain:
    pass
print(repr(Plain())[:14])
