# iter() over a str yields one-character strings; the iterator is exhausted once
it = iter("ab😀")
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"))
it2 = iter("xy")
print(list(it2), list(it2))
print(list(enumerate("abc", 1)), list(zip("ab", "xyz")))
print([c * 2 for c in "hi"], {c for c in "aa"}, dict.fromkeys("ab"))
print(sum(1 for _ in "hello"), any(c.isdigit() for c in "ab1"), all(c.isalpha() for c in ""))
a, b, c = "xyz"
print(a, b, c)
first, *rest = "hello"
print(first, rest)
