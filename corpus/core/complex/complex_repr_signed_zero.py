for z in [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1 + 0j, 1 - 0j, -1j, complex(-1, 0), complex(0, -1)]:
    print(repr(z), str(z))
print(-(0j), -(1 + 0j), 0 - 0j, 0.0 * 1j, -0.0 * 1j, (-1) * 0j)
