for v in [0, 1, -1, 0.0, -0.0, "", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, float("nan"), 0j]:
    print(repr(v), bool(v), "truthy" if v else "falsy")
