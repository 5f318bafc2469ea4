# conform: args -m ast -a
name = "world"
width = 10
a = f"hello {name}"
b = f"{name=}"
c = f"{name = }"
d = f"{name!r}"
e = f"{name!s:>{width}}"
f = f"{name=!a:^20}"
g = f"{3.14159:.2f}"
h = f"{{literal braces}}"
i = F"{name}"
j = rf"\d{name}"
k = fR"{name}\n"
