# building strings in loops: +=, join, repeated slicing
out = ""
for i in range(5):
    out += str(i) * i
print(out, len(out))
parts = []
for word in "the quick brown fox".split():
    parts.append(word[::-1])
print(" ".join(parts))
s = "abcdefgh"
while s:
    print(s[:3], end="|")
    s = s[3:]
print()
