# utf-16 and utf-32: BOM for the plain names, byte order for -le/-be, surrogate pairs, lone surrogates
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "u32", "UnicodeBigUnmarked"]:
    print(enc, "".encode(enc), "a\xe9".encode(enc), "\U0001F600".encode(enc))
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogatepass", "surrogateescape"]:
        try:
            print(" ", errors, "x\ud800y\udfff".encode(enc, errors))
        except UnicodeEncodeError as e:
            print(" ", errors, type(e).__name__, e.start, e.end, e)
