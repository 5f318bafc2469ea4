def build(keys):
    s = {k.upper() for k in keys}
    d = {k: len(k) for k in keys}
    return s, d
print(build(["a"])[1])
build(["a", None])
