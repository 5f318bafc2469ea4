n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
m = -(10**20)
print(m.real, m.imag, m.numerator, m.denominator, m.conjugate())
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate())
print(type(True.real).__name__, type(True.conjugate()).__name__, type(False.imag).__name__)
print((7).is_integer(), True.is_integer())
print(int.conjugate(3), int.is_integer(-5))
