cases = [
    (len, ()), (len, ([], [])), (abs, ()), (abs, (1, 2)), (chr, ()), (ord, ()), (ord, ("a", "b")),
    (bin, ()), (callable, (1, 2)), (divmod, (1,)), (hash, ()), (hasattr, (1,)), (iter, ()),
    (next, ()), (repr, (1, 2)), (ascii, ()), (round, ()), (sum, ()), (sorted, ()), (getattr, ()),
    (setattr, (1, 2)), (delattr, (1,)), (isinstance, (1,)), (format, ()), (pow, (1,)), (id, ()),
]
for fn, args in cases:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, "|", e)
