# str comparisons are by code point, lexicographic, shorter prefix first
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("", "a"), ("Z", "a"), ("é", "z"), ("\uffff", "😀"), ("😀", "\ue000"), ("ab", "aa"), ("A", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print("a" < "b" < "c", "a" < "c" < "b", sorted(["b", "A", "a", "B", "", "ä", "😀", "\uffff"]))
