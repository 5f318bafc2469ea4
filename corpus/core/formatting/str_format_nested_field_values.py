data = {"user": {"name": "Ann", "tags": ["a", "b"]}, "n": 3}
print("{0[user][name]} has {0[user][tags][1]} and {0[n]}".format(data))
print("{d[user][tags]!r:>12}".format(d=data))
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
chain = Node(1, Node(2, Node(3)))
print("{0.v}->{0.nxt.v}->{0.nxt.nxt.v}".format(chain))
print("{n.nxt.v:04d}".format(n=chain))
print("{0[0].v}{0[1]}".format([chain, "x"]))
try:
    "{0.nxt.nxt.nxt.v}".format(chain)
except AttributeError as e:
    print(type(e).__name__, e)
