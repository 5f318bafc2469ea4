def impedance(z, w):
    return z / w
print(impedance(3 + 4j, 1j))
print(impedance(3 + 4j, 0j))
