# conform: args -m ast -a
import re
if (n := len([1, 2])) > 1:
    pass
while (line := input()):
    pass
data = [y for x in range(5) if (y := x * 2) > 2]
print(total := 10, total)
f = lambda: (z := 1)
match = re.match(r"x", "x")
def g(a=(b := 1)):
    return (c := a + b)
values = [(last := v) for v in range(3)]
x = {(k := 1): (v := 2)}
s = a[(i := 0)]
t = a[i := 0]
u = f"{(w := 3)}"
