# str.islower/isupper need at least one cased character and no character of the other case
for s in ["abc", "ABC", "aBc", "", "123", "abc123", "ABC 1", "ß", "ǅ", "ǆ", "Ǆ", "ª", "ⓐ", "Ⓐ", "ǅa", "σς"]:
    print(repr(s), s.islower(), s.isupper())
