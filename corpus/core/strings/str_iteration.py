count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
out = ""
for ch in "abc":
    out = ch + out
print(out)
for i, ch in enumerate("xyz"):
    print(i, ch)
print(list("hey"))
print(tuple("ab"))
