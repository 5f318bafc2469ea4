z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * (1 - 2j), z / 2, z + 1, z - 4j)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2)
print(complex(1, 2), complex(0, 0), complex(-0.0, -0.0), -1j, 0j)
print(complex(1.5, float("inf")), complex(float("nan"), 1))
print((1 + 2j) == (1 + 2j), 1 + 0j == 1)
print(repr(2j), repr(-2j), str(1e20 + 1e-5j))
print(z / 0)
