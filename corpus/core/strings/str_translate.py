# str.translate: ints, strings, None, missing keys left alone, any mapping with __getitem__
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}))
print("abc".translate({}), "abc".translate({97: "xyz"}), "abc".translate({97: ""}))
print("😀a".translate({0x1F600: "smile"}), "ab".translate({97: 0x1F600}))
class Upper:
    def __getitem__(self, c):
        if c == ord("z"):
            raise LookupError
        return chr(c).upper()
print("xyz".translate(Upper()))
print("abc".translate(["A", "B", "C"] * 40))
print("ab".translate({97: True}) == "\x01b")
