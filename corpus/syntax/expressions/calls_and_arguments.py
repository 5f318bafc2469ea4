# conform: args -m ast -a
f()
f(1)
f(1,)
f(a, b, c=1)
f(*a)
f(**k)
f(x for x in y)
f(a)(b)(c)
f(a=1, **k, b=2)
f(*a, *b, **c, **d)
f(
    1,
    2,
)
obj.method(arg).other[0](key=value)
print(f"{x}", sep="", end="\n")
