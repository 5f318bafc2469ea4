print([ord(chr(i)) == i for i in (0, 127, 128, 255, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF)])
print(repr(chr(0xD800)), len(chr(0xD800)), ord(chr(0xDFFF)), ascii(chr(0x10FFFF)))
print("".join(chr(ord("a") + i) for i in range(5)), [ord(c) for c in "Aé€🐍"])
class Idx:
    def __index__(self):
        return 66
print(chr(Idx()), chr(True))
