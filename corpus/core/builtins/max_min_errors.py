cases = [((), {}), (([],), {}), ((1,), {}), ((1, 2), {"default": 0}), (([1], [2]), {"foo": 1}), (([1, "a"],), {}), (([],), {"key": len}), ((5, 3), {"key": 5})]
for fn in (max, min):
    for args, kw in cases:
        try:
            print(fn(*args, **kw))
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
