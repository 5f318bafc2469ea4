total = 0
for part in [1, 2, "3"]:
    total += part
