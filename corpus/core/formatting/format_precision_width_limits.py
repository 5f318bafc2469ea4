tests = [lambda: format(0.1, ".60f"), lambda: len(format(1e-300, ".400f")), lambda: format(1e300, ".5e"), lambda: format(2.5, ".1000g")[:20],
 lambda: format(1, "99999999999999999999"), lambda: format(1.5, ".99999999999999999999f"), lambda: format("s", ".99999999999999999999"),
 lambda: "%.99999999999999999999f" % 1.5, lambda: "%99999999999999999999d" % 1, lambda: len(format(1, "5000")), lambda: len("%5000d" % 1),
 lambda: format(1e16, ".0f"), lambda: format(123456789012345678901234567890.0, "f"), lambda: format(0.5, ".0%"), lambda: format(1/7, ".55f"),
 lambda: "{:.{}f}".format(1.5, 2**31), lambda: len("{:{}}".format(1, 3000)), lambda: format(10**4300, "d")[:5] if False else "",
 lambda: len(format(10**4299, "d")), lambda: format(10**5000, "x")[:5], lambda: len(format(10**5000, "e")),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
