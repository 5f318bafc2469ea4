n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 10:
        break
    print("n", n)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i", i)
k = 10
while k:
    k //= 3
    print("k", k)
