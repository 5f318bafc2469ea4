cases = [("{} {}", (1,)), ("{1}", (1,)), ("{0}", ()), ("{}", ()), ("{2}", (1, 2)), ("{0[0]}{1}", ([1],))]
for fmt, args in cases:
    try:
        print(fmt.format(*args))
    except IndexError as e:
        print(repr(fmt), type(e).__name__, e)
