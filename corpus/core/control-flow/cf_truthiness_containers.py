for v in [0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), range(0), None, False, 1, " ", [0], (None,), {0: 0}, range(1)]:
    print(repr(v), bool(v), "yes" if v else "no")
