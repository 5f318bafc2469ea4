lines = ["a", "bb", "", "ccc"]
i = 0
while (line := lines[i]):
    print("line", line)
    i += 1
print("stopped at", i, repr(line))
if (n := len(lines)) > 3:
    print("n =", n)
print([y for x in range(5) if (y := x * x) % 2])
print(y)
def f():
    if (z := 10) > 5:
        pass
    return z
print(f())
print((w := 3) * w, w)
values = [1, 2, 3]
print(sum(values) if (total := sum(values)) else 0, total)
