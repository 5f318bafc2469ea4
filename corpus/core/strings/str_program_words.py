# word statistics: normalization, counting with a dict, anagram groups, palindromes
text = "Anna saw a racecar. Listen, silent night; enlist the Inlets!  Was it a rat I saw?"
words = [w.strip(".,;!?").lower() for w in text.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(set(g)) > 1])
print([w for w in words if len(w) > 2 and w == w[::-1]])
clean = "".join(c for c in text.lower() if c.isalnum())
print(clean[:20], clean.count("a"), max(set(clean), key=clean.count))
print(" ".join(w.capitalize() for w in words[:4]), text.title()[:20], text.swapcase()[:10])
