print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(2, 100, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(-8, 1/3) if False else "", pow(1j, 2))
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), (0, -1), (0.0, -1), (2,), (1, 2, 3, 4), ("2", 3)):
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
