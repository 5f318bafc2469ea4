# str.swapcase, including characters that are neither case and special casings
for s in ["Hello World", "", "123 !", "ß", "ǅ", "ǆ", "ΑΣ", "İ", "ﬁ", "µ", "ŉ", "Ⓐⓑ"]:
    print(repr(s), repr(s.swapcase()))
print("AbC".swapcase().swapcase())
