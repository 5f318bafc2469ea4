# conform: skip-pyodide deep recursion through native calls depends on the runtime's stack
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
def nest(x):
    return list(map(nest, [x]))
try:
    nest(1)
except RecursionError as e:
    print(type(e).__name__, e)
class Tree:
    def __init__(self, kids):
        self.kids = kids
    def __repr__(self):
        return "T" + repr(self.kids)
t = Tree([])
for _ in range(50):
    t = Tree([t])
print(repr(t)[:20], len(repr(t)))
