# str.encode error handlers on unencodable characters and lone surrogates
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass", "bogus"]:
    for text, enc in [("a\xe9\u20ac", "ascii"), ("x\u20acy", "latin-1"), ("s\ud800", "utf-8"), ("e\udc80", "utf-8")]:
        try:
            print(errors, enc, text.encode(enc, errors))
        except (UnicodeEncodeError, LookupError) as e:
            print(errors, enc, type(e).__name__, e)
