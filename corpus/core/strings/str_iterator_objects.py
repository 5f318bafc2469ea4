# str iterators: type names, __next__, __length_hint__, exhaustion, independent iterators
it = iter("h\xe9llo\U0001F600")
print(type(it).__name__, type(iter("plain")).__name__, type(iter("")).__name__)
print(it.__length_hint__(), next(it), it.__next__(), it.__length_hint__())
print(list(it), it.__length_hint__(), next(it, "end"))
a = iter("abc")
b = iter("abc")
print(next(a), next(a), next(b), iter(a) is a)
try:
    next(iter(""))
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
print(sum(1 for _ in iter("x" * 1000)), "".join(iter("r\U0001F600s")))
