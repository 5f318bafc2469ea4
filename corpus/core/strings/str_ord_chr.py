# ord and chr round trip over the whole range, including surrogates and the maximum
for c in [0, 9, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    ch = chr(c)
    print(c, ord(ch) == c, len(ch), repr(ch))
print(ord("😀"), hex(ord("€")), chr(True), ord(chr(0x10ffff)))
class I:
    def __index__(self):
        return 97
print(chr(I()))
