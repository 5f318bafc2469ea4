# a small report: parse CSV-like lines, align columns with ljust/rjust/center, totals
data = """name,qty,price
apple, 3 ,0.5
banana,12,0.25
cherry pie,1,7
"""
lines = [line for line in data.strip().splitlines()]
header = [h.strip() for h in lines[0].split(",")]
rows = [[cell.strip() for cell in line.split(",")] for line in lines[1:]]
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
print(" | ".join(h.upper().center(w) for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join([r[0].ljust(widths[0]), r[1].rjust(widths[1]), r[2].rjust(widths[2])]))
total = sum(int(r[1]) * float(r[2]) for r in rows)
print("total:".rjust(sum(widths) + 3), str(total).zfill(8))
