z = 1 + 2j
print(z + 1, 1 + z, z + 1.5, 1.5 + z, z + True, z - 1, 1 - z, z - 0.5, 0.5 - z)
print(z * 2, 2 * z, z * 0.5, -0.5 * z, z * z, z * -1j)
print(z + 10 ** 20, z * 10 ** 15, 2 ** 0.5 * z)
print(complex(1, -0.0) + 0, complex(-0.0, -0.0) + 0.0, complex(-0.0, -0.0) - 0.0, 0.0 - complex(0.0, 0.0))
print(complex(float('inf'), 0) * 2, complex(float('inf'), 1) * 1j, complex(1, 1) * float('inf'), (1 + 2j) * float('nan'))
print(-z, +z, z.__neg__(), z.__pos__(), bool(0j), bool(-0j), bool(1e-300j), bool(complex(float('nan'), 0)))
z += 1
z *= 2j
print(z)
try:
    print(z + 10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
