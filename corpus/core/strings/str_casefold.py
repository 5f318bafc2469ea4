# str.casefold vs lower: full case folding
for s in ["Hello", "Straße", "ΣΑΣ", "ﬁ", "İstanbul", "ǅ", "MASSE", "µ", "ﬃ", "Ꭰ"]:
    print(repr(s), repr(s.lower()), repr(s.casefold()), s.casefold() == s.lower())
print("Straße".casefold() == "STRASSE".casefold())
