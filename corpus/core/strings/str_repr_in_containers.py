# containers show the repr of their str items; str() of a str is itself
print(["a", "b'c", 'd"e', "\n", "é", "\x7f"])
print(("x",), {"k": "v"}, {"only"})
print(str("abc"), str("a\nb"), repr(str("q")))
print(f"{'x'!r}" == repr("x"))
