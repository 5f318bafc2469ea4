z = 3 + 4j
print(z, z * 2, z / 2, z - 1j, z ** 2, 1j * 1j, abs(z), -z, z == 3 + 4j, bool(0j), z.real, z.imag)
try:
    z / 0
except ZeroDivisionError as e:
    print(e)
try:
    z < 1j
except TypeError as e:
    print(e)
print(1 == 1+0j, 2.5 != 2.5j, (1j).__class__.__name__ if False else "ok", 1j in [1j], {1j: 1}[1j])
print(hash(1j), hash(2+0j) == hash(2), {(1, 2j)})
