for args, kw in (((), {}), (([1], [2]), {}), (([1, "a"],), {}), (([1],), {"cmp": 1}), (([3, 1],), {"key": 5}), ((5,), {})):
    try:
        print(sorted(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 0], key=lambda x: 1 / x)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted([2, 1], reverse=0), sorted([1, 2], reverse=1))
