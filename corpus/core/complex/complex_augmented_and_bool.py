z = 1j
z += 2
z *= z
z -= 1.5
z /= 2
z **= 2
print(z)
print(bool(0j), bool(-0j), bool(complex(0, -0.0)), bool(1j), bool(complex(1e-320, 0)), not 0j, 0j or 'empty', 1j and 'set')
print(abs(z), z == z, z != z.conjugate(), -z == z * -1)
w = complex(float('nan'), 0)
print(w == w, w != w, bool(w), [w] == [w])
