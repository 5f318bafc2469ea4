print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(3))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(1234.5678, -2), round(-1234.5, -1), round(0.1, 20))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(5, 2), round(2**70, -20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None), round(True), round(-0.0, 1))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
for args in ((float("inf"),), (float("nan"),), ("1",), (1.5, 1.5), (1, 2, 3), (None,)):
    try:
        print(round(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
