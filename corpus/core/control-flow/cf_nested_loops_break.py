found = None
for i in range(1, 5):
    for j in range(1, 5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print(i, j, end="; ")
print()
