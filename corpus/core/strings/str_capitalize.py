# str.capitalize: first character titlecased, the rest lowercased (3.8+ uses titlecase)
for s in ["hello", "HELLO WORLD", "", "123abc", " lead", "ǆemal", "ßtraße", "ﬁsh", "élan", "x", "ΣΑΣ", "'quote"]:
    print(repr(s), repr(s.capitalize()))
