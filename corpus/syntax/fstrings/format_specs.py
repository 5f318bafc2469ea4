# conform: args -m ast -a
value = 3.14159
width = 10
precision = 3
a = f"{value:{width}.{precision}f}"
b = f"{value:>{width}}"
c = f"{value:,}"
d = f"{value:%}"
e = f"{value!r:^{width + 2}}"
f = f"{value:{'<'}{width}}"
g = f"{value:}"
h = f"{value:{width}{'.2f'}}"
