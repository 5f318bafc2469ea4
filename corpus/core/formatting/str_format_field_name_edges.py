print("{0}".format(*[1]), "{x}".format(**{"x": 2}), "{}-{}".format(*"ab"))
print("{0.__class__.__name__}".format(1.5), "{0[0]}{0[2]}".format("abc"))
print("{0[-1]}".format({"-1": "neg"}), "{0[1:2]}".format({"1:2": "slicekey"}), "{0[ ]}".format({" ": "space"}))
print("{0:{1}}|".format(1, ""), "{a}{0}".format(1, a=2), str.format("{}!", "via type"))
for fmt in ("{!}", "{:}}", "{:{{}}}", "{0[-1]}", "{0}"):
    try:
        print(repr(fmt.format("abc")))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for call in (lambda: str.format(), lambda: str.format(1), lambda: "{0}".format(x=1), lambda: "a".format_map()):
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
