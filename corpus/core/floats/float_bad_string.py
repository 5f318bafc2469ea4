print(float("3.5"))
values = ["1", "2.5", "three"]
total = 0.0
for v in values:
    total += float(v)
    print(total)
