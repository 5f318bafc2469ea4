print("[%-05d] [%0-5d] [% +d] [%+ d] [%#-8.3x]" % (3, 3, 3, 3, 10))
print("[%ld] [%lf] [%hd] [%Lf]" % (1, 2.0, 3, 4.5))
print("[%.*s] [%-*d] [%*d]" % (-1, "abc", -4, 7, -4, 7))
print("[%c] [%5.2s] [%-5.2s] [%#o] [%#x]" % (True, "abc", "abc", 0, 0))
print("[%(a)-6s] [%(b)+.2f] [%(a)r]" % {"a": "x", "b": 1.005})
for fmt, args in (("%1$s", 1), ("%c", ""), ("%%%", ()), ("%s %(a)s", {"a": 1}), ("%(a)s", []), ("%d", {})):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
