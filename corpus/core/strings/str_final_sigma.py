# lower() turns Σ into ς at the end of a word (cased before, not cased after, ignoring case-ignorables)
for s in ["Σ", "ΑΣ", "ΑΣ Β", "ΑΣΒ", "Α'Σ", "ΑΣ'", "ΑΣ.", "ΑΣ'Β", "1Σ", "ΑΣ1", "ΑΣ\u0301", "ΟΔΟΣ ΣΟΦΙΑΣ"]:
    print(repr(s), repr(s.lower()))
print(repr("ΑΣ".capitalize()), repr("αΣ".swapcase()), repr("ΑΣ ΑΣ".title()))
