def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(1j ** 2, (1 + 1j) ** 2, (1 + 1j) ** 3, (2 + 0j) ** 10, 1j ** 0, 0j ** 0, (1 + 1j) ** -2)
print(2 ** 1j, 1j ** 1j, (-1) ** 0.5, (-8) ** (1 / 3), 1j ** 0.5, (3 + 4j) ** 0.5)
print(pow(1j, 2), pow(2, 2j), pow(1 + 2j, 1 - 1j), (1 + 1j) ** 101)
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** 1j)
attempt(lambda: 0j ** (-1 + 0j))
attempt(lambda: (1e200 + 1e200j) ** 2)
attempt(lambda: 1j ** 10 ** 400)
attempt(lambda: pow(1j, 2, 3))
attempt(lambda: pow(2, 1j, 3))
