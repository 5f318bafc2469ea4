# str.title: a letter after any non-cased character starts a word (apostrophes and digits too)
for s in ["hello world", "they're bill's friends", "HELLO", "3rd place", "a1b2c3", "x-y_z", "", "ǆemal ǆ", "ßa", "ﬁne day", "σας λέξη", "o'neil"]:
    print(repr(s), repr(s.title()))
