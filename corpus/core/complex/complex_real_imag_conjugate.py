z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print((2j).real, (2j).imag, (-0.0 - 0j).conjugate(), (1 + 0j).conjugate())
print(complex(1.5, -0.0).conjugate(), complex(float('inf'), float('nan')).conjugate())
w = complex(5, 0)
print(w.real, w.imag, w == 5, w.conjugate() == w)
try:
    z.real = 1.0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    z.conjugate(1)
except TypeError as e:
    print(type(e).__name__, e)
print(complex.conjugate(1j), complex.real, complex.imag)
