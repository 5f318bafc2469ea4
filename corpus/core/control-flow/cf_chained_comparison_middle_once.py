calls = []
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10, calls)
calls.clear()
print(10 < mid() < 20, calls)
calls.clear()
print(1 < mid() <= 5 == mid() != 7, calls)
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"{self.v} < {other.v}")
        return self.v < other.v
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(c < a < b)
