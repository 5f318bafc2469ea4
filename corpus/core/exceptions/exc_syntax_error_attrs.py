# SyntaxError built by hand: the details tuple, attributes and str
e = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n"))
print(e)
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(e.args)
e2 = SyntaxError("bad", ("/some/dir/mod.py", 10, 1, "text", 10, 4))
print(e2, e2.end_lineno, e2.end_offset)
print(SyntaxError("only a message"))
print(repr(SyntaxError()), SyntaxError().msg)
print(SyntaxError("m", (None, 7, None, None)))
print(SyntaxError("m", ("f.py", None, None, None)))
for bad in [("f.py", 1), 5]:
    try:
        SyntaxError("m", bad)
    except TypeError as err:
        print("TypeError:", err)
print(IndentationError("unexpected indent", ("m.py", 2, 4, "    x\n")))
print(issubclass(TabError, SyntaxError))
