# conform: args -m ast -a
name = "world"
a = t"hello {name}"
b = t"{name=}"
c = t"{name!r:>10}"
d = T"plain"
e = rt"\d{name}"
f = tr"{name}\n"
g = t"{name}" t"{name!s}"
h = t"""multi
{name}
line"""
i = t"{name:{len(name)}}"
