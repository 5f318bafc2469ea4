class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        print("__format__ called with", repr(spec))
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.deg, spec) + "C"
t = Temp(100)
print(f"{t}")
print(f"{t:.1F}")
print(f"{t:>6}")
w = 8
print(f"[{t:{w}}]")
print(format(t))
print(format(t, ".2F"))
print("{:.0F}".format(t))
print("{0:5}|{0}".format(t))
