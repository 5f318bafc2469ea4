inf = float('inf')
nan = float('nan')
for z in [complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(nan, nan), complex(1, -inf), complex(-nan, -nan), complex(1e300 * 10, 1)]:
    print(repr(z), str(z))
print(complex(1e16, 1e-5), complex(1e-5, 1e16), complex(0.1, 0.2), complex(1 / 3, 2 / 3), 1e100j, [1j, -2.5j])
