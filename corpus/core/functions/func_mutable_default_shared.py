def add(item, bucket=[]):
    bucket.append(item)
    return bucket
a = add(1)
b = add(2)
print(a, b, a is b)
print(add.__defaults__)
add.__defaults__ = ([],)
print(add(3), add.__defaults__)
def kw(*, cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]
print(kw(), kw(), kw.__kwdefaults__)
