# codec names are normalized: case, dashes, underscores and aliases
for name in ["utf-8", "UTF-8", "utf_8", "Utf8", "u8", "latin-1", "latin1", "iso-8859-1", "ISO8859-1", "l1", "ascii", "US-ASCII", "646", "utf 8", "utf--8", "nope"]:
    try:
        print(repr(name), "caf\xe9".encode(name))
    except (LookupError, UnicodeEncodeError) as e:
        print(repr(name), type(e).__name__, e)
