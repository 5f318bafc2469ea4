# str.istitle: uppercase only after uncased characters, lowercase only after cased ones
for s in ["Hello World", "Hello world", "HELLO", "Hello", "", "123", "1A", "A1b", "Hello-World", "O'Neil", "ǅungla", "ǅUngla", "Aǅ", "Σας Λέξη", "A b", "Ab Cd1e"]:
    print(repr(s), s.istitle())
