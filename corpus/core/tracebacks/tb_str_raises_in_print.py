class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __str__(self):
        return f"{self.deg:.1f} C" if self.deg > -273 else self.missing
print(Temp(21))
print(Temp(-300))
