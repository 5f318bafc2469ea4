cases = ["{", "}", "a}b", "{0", "{0!}", "{0!x}", "{!r", "{0:{1:{2}}}", "{0.}", "{0[}", "{0[]}", "{0]}", "{0!rr}", "{:{:{:}}}"]
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
