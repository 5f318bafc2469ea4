# the three numeric predicates differ on superscripts, fractions, roman numerals and CJK numerals
for s in ["0123", "", "²", "½", "Ⅷ", "٣", "۵", "一", "十", "①", "𝟘", "1.5", "-1", "٣٤", "\u00bc\u00b2", "೬", "፩"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
