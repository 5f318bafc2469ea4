cases = [
    (len, {"obj": []}), (abs, {"x": 1}), (chr, {"i": 65}), (ord, {"c": "a"}), (hash, {"obj": 1}),
    (callable, {"obj": 1}), (id, {"obj": 1}), (repr, {"obj": 1}), (divmod, {"x": 1, "y": 2}),
    (getattr, {"o": 1, "name": "x"}), (isinstance, {"obj": 1, "class_or_tuple": int}), (iter, {"object": []}),
    (next, {"iterator": iter([])}), (hex, {"number": 1}), (sum, {"iterable": []}), (any, {"iterable": []}),
    (all, {"iterable": []}), (format, {"value": 1}),
]
for fn, kw in cases:
    try:
        print(fn.__name__, fn(**kw))
    except TypeError as e:
        print(fn.__name__, "|", e)
print(round(number=2.567, ndigits=1), sorted(iterable=[2, 1]) if False else "", sum([1], start=2), enumerate(iterable="a", start=3).__next__())
