class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(e)
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return f"${self.c / 100:{spec or '.2f'}}"
print(f"{Money(1234)}", f"{Money(5):.1f}", format(Money(7), ".3f"))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f"Node({self.v}, {self.nxt!r})"
print(Node(1, Node(2)))
