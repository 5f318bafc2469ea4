def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def head(first, *rest):
    return first, rest
print(head(1), head(1, 2, 3))
def mix(a, *args, b=10, **kw):
    return a, args, b, kw
print(mix(1))
print(mix(1, 2, 3, b=4, c=5, d=6))
print(mix(a=1, b=2))
def kwonly(**kw):
    return list(kw.items())
print(kwonly(z=1, a=2, m=3))
