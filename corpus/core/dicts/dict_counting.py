text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
best = None
for w in counts:
    if best is None or counts[w] > counts[best]:
        best = w
print(best, counts[best])
print(sorted(counts.items()))
