# str.lower/upper with special casings: ß, ligatures, dotted I, final sigma, titlecase digraphs
for s in ["Straße", "ﬁle", "İI", "ΣΑΣ ΟΔΟΣ", "ǅ", "ŉ", "ΐ", "ǰ", "Ⓐⓑ", "ꭰ", "Ꭰ", "µ", "ÿ", "ſ", "K"]:
    print(repr(s), repr(s.lower()), repr(s.upper()))
