# the titlecase digraphs (DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz) through every case method
for s in ["ǄA", "ǅa", "ǆa", "Ǉ", "ǈ", "ǉ", "Ǌ", "ǋ", "ǌ", "Ǳ", "ǲ", "ǳ", "ǆǆ ǆ"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()), s.istitle(), s.isupper(), s.islower())
