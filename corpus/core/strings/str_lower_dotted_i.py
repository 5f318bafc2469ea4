# İ lowercases to i + combining dot above; len grows; casefold likewise
s = "İ"
print(len(s), len(s.lower()), [hex(ord(c)) for c in s.lower()], [hex(ord(c)) for c in s.casefold()], s.lower().upper())
print("İstanbul".lower(), len("İstanbul".lower()), "ı".upper(), "i".upper(), "I".lower())
