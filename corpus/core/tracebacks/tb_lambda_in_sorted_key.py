rows = [{"n": 2}, {"n": 1}, {"m": 3}]
print(sorted(rows[:2], key=lambda r: r["n"]))
ordered = sorted(rows, key=lambda r: r["n"])
