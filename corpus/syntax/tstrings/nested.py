# conform: args -m ast -a
x = 1
a = t"{t"{x}"}"
b = t"{f"{x}"}"
c = t"{x:{x}.{x}}"
d = t"{{escaped}} {x}"
e = t""
