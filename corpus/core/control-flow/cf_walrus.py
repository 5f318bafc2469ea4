data = [1, 5, 12, 3, 20]
i = 0
while (n := len(data) - i) > 2:
    i += 1
print(i, n)
if (m := max(data)) > 10:
    print("max", m)
vals = []
for x in data:
    if (sq := x * x) > 20:
        vals.append(sq)
print(vals, sq)
print((y := 10) + y)
