class L:
    def __getitem__(self, k):
        return "<" + str(k) + ">"
    def __repr__(self):
        return "L()"
tests = [lambda: "%(a)s %(b)r" % L(), lambda: "%s" % L(), lambda: "%s %s" % (L(), L()), lambda: "x" % L(), lambda: "%(a)s" % [1], lambda: "%(a)s" % "str",
         lambda: "%(a)s" % (1,), lambda: "%s" % [L()], lambda: "%d" % L(), lambda: "%(0)s" % {0: "int key"}, lambda: "%(0)s" % {"0": "str key"},
         lambda: "%(a)s %(a)d" % {"a": 3.9}, lambda: "%(a)*d" % {"a": 1}, lambda: "%(a).*f" % {"a": 1}, lambda: "%*(a)d" % {"a": 1},
         lambda: "%c" % L(), lambda: "%x" % L(), lambda: "%e" % L(), lambda: "%s" % (L(),), lambda: "%r %a" % (L(), "é")]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
