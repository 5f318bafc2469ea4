seen = []
result = [seen.append(x) or x * 2 for x in range(3)]
print(result, seen)
acc = {}
[acc.setdefault(len(w), []).append(w) for w in ["a", "bb", "c", "dd", "eee"]]
print(acc)
def build():
    out = []
    [out.append(i) for i in range(2)]
    return out
print(build())
