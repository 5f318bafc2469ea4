# str.isalnum and str.isalpha over ASCII and Unicode letters, digits and marks
for s in ["abc", "abc1", "", " ", "a b", "é", "中文", "١٢٣", "²", "½", "Ⅻ", "a_b", "ǅ", "\u0301", "e\u0301", "😀", "𝐀"]:
    print(repr(s), s.isalnum(), s.isalpha())
