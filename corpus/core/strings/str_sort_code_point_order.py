# sorting, min and max order strs by code point, also with lone surrogates next to astral characters
astral = chr(0x1F600)
hi = chr(0xD83D)
words = [astral, hi + chr(0xFFFF), hi + "x", chr(0xFFFF), "z", chr(0xE000), hi, astral + "a", ""]
order = sorted(words)
print([[hex(ord(c)) for c in w] for w in order])
print([hex(ord(c)) for c in max(words)], [hex(ord(c)) for c in min(words[:-1])])
pairs = [(w, i) for i, w in enumerate(words)]
pairs.sort(reverse=True)
print([i for _, i in pairs])
print(sorted(words, key=lambda w: w[::-1]) == sorted(words, key=lambda w: "".join(reversed(w))))
print(astral > hi + chr(0xFFFF), hi + chr(0xFFFF) > hi + "x", chr(0xE000) < astral, hi < chr(0xE000))
