def target(a, b=0, *, c=None):
    return f"a={a} b={b} c={c}"
def wrapper(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
    return target(*args, **kwargs)
print(wrapper(1))
print(wrapper(1, 2, c=3))
print(wrapper(b=5, a=4))
try:
    wrapper(1, 2, 3)
except TypeError as e:
    print(e)
try:
    wrapper(d=1)
except TypeError as e:
    print(e)
