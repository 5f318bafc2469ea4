cases = [("{:d}", "s"), ("{:x}", 1.5), ("{:f}", "s"), ("{:s}", 1), ("{:c}", 1.0), ("{:q}", 3), ("{:é}", 3), ("{:%}", "a"), ("{:b}", 2.0)]
for fmt, arg in cases:
    try:
        print(fmt.format(arg))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
print(format("abc", "d") if False else "skip")
format("abc", "d")
