# removeprefix/removesuffix remove at most one occurrence; empty affixes do nothing
print(repr("TestHook".removeprefix("Test")), repr("TestHook".removeprefix("Hook")), repr("aaa".removeprefix("a")))
print(repr("MiscTests".removesuffix("Tests")), repr("MiscTests".removesuffix("Misc")), repr("aaa".removesuffix("a")))
print(repr("abc".removeprefix("")), repr("abc".removesuffix("")), repr("abc".removeprefix("abc")), repr("abc".removesuffix("abcd")))
print(repr("".removeprefix("")), repr("😀x😀".removeprefix("😀")), repr("😀x😀".removesuffix("😀")))
