# equal strings hash equal and work as the same dict/set key, whatever way they were built
a = "hello world"
b = "hello " + "world"
c = "".join(["hel", "lo", " wor", "ld"])
d = "HELLO WORLD".lower()
print(a == b == c == d, hash(a) == hash(b) == hash(c) == hash(d))
m = {a: 1}
m[c] = 2
print(len(m), m[d])
print(len({a, b, c, d, "x"}), "x" in {"x"}, hash("") == hash(str()), type(hash("q")).__name__)
print(hash("😀" * 2) == hash("😀😀"), {"😀": 1}["😀"])
