# string literal forms: adjacent concatenation, triple quotes, raw strings, escapes
a = "abc" 'def' """ghi"""
print(a, len(a))
b = """line1
line2\
 continued"""
print(repr(b))
print(repr(r"\n\t\\"), len(r"\n"), repr(r"a\"b"), repr(R'\x41'))
print("\x41\u0042\U00000043\103\N{LATIN SMALL LETTER E WITH ACUTE}\N{GRINNING FACE}")
print(repr("\0\07\377"), repr("\u00e9" == "é"), "\\n" == "\\" + "n")
print(repr('''it's "quoted"'''), len("\
"))
