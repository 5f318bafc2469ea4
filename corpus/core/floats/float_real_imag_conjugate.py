for x in [1.5, -0.0, float('inf'), float('nan'), 1e-300]:
    print(x.real, x.imag, x.conjugate(), repr(x.imag))
print(type((2.5).real).__name__, type((2.5).imag).__name__, type((2.5).conjugate()).__name__)
def set_imag():
    x = 1.0
    x.imag = 2.0
try:
    set_imag()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1.0).conjugate(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1.0).hex(16)
except TypeError as e:
    print(type(e).__name__, e)
