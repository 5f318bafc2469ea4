def f(a, b):
    return (a, b)
print(f(1, b=2))
try:
    f(1, a=2)
except TypeError as e:
    print(e)
f(b=1)
