# upper() can lengthen a string: ß -> SS, ligatures, ŉ, ΐ; len changes
for s in ["ß", "ﬀ", "ﬃ", "ŉ", "ΐ", "ǰ", "ᾀ", "ﬓ", "straße", "ᾳ"]:
    u = s.upper()
    print(repr(s), repr(u), len(s), len(u), repr(s.title()), repr(s.capitalize()))
