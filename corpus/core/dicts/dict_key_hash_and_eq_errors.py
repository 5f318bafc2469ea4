class EqRaise:
    def __eq__(self, o): raise ValueError("eq!")
    def __hash__(self): return 1
d = {EqRaise(): 1}
try:
    d[EqRaise()]
except ValueError as e:
    print(type(e).__name__, e)
try:
    EqRaise() in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [EqRaise()].index(3)
except ValueError as e:
    print(type(e).__name__, e)
class HashRaise:
    def __hash__(self): raise RuntimeError("hash!")
try:
    {HashRaise()}
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    {HashRaise(): 1}
except RuntimeError as e:
    print(type(e).__name__, e)
class HashStr:
    def __hash__(self): return "x"
try:
    hash(HashStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {HashStr()}
except TypeError as e:
    print(type(e).__name__, e)
class HashBig:
    def __hash__(self): return 2**100
print(hash(HashBig()) == hash(2**100), len({HashBig(), HashBig()}))
class HashNeg1:
    def __hash__(self): return -1
print(hash(HashNeg1()))
