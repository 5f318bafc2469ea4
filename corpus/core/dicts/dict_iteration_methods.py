d = {"b": 2, "a": 1, "c": 3}
for k, v in d.items():
    print(k, v)
print([k for k in d], [v for v in d.values()], sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(list(iter(d)), list(zip(d, d.values())), max(d), min(d.values()), sum(d.values()))
print(list(enumerate(d)))
del d["a"]
d["a"] = 0
print(list(d))
