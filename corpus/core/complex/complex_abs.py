print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(-0.0, -0.0)), abs(1 + 1j))
print(abs(complex(1e308, 1e308)), abs(complex(1e-308, 1e-308)), abs(complex(5e-324, 5e-324)))
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), float('-inf'))), abs(complex(float('nan'), 1)))
print(abs(complex(3e200, 4e200)), (3 + 4j).__abs__(), type(abs(1j)).__name__)
try:
    abs(complex(1.7976931348623157e308, 1.7976931348623157e308))
except OverflowError as e:
    print(type(e).__name__, e)
