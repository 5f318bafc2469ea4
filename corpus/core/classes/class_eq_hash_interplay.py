class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(e)
class Both(EqOnly):
    def __hash__(self):
        return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), {Both(3): "x"}[Both(3)])
class HashOnly:
    def __hash__(self):
        return 7
print(hash(HashOnly()), HashOnly() == HashOnly())
