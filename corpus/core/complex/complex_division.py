def attempt(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print((1 + 2j) / (3 - 4j), (1 + 2j) / 2, 2 / (1 + 1j), 1j / 1j, (6 + 8j) / 2.0, 1 / 1j)
print((1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / (1e-320 + 0j))
print(complex(float('inf'), 1) / (1 + 1j), (1 + 1j) / complex(float('inf'), 0), 1 / complex(float('inf'), float('inf')))
attempt(lambda: 1j / 0)
attempt(lambda: 1j / 0.0)
attempt(lambda: 1j / 0j)
attempt(lambda: 1 / 0j)
attempt(lambda: 0j / 0j)
attempt(lambda: 1.5 / complex(0.0, -0.0))
