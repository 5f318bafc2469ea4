# conform: args -m ast -a
xs = [1, 2, 3]
a = f"{(lambda v: v * 2)(3)}"
b = f"{[x for x in xs]}"
c = f"{ {'k': 1}['k'] }"
d = f"{xs[0] if xs else None}"
e = f"{(y := 5)}"
f = f"{xs!r:>20}"
g = f"{*xs,}"
h = f"{-x if (x := 1) else 0}"
i = f"{'a' 'b'}"
