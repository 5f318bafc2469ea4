# chains of methods on multi-line text
text = """  Alpha: 1
 beta : 2

gamma:3  """
rows = [line.strip() for line in text.splitlines() if line.strip()]
print(rows)
pairs = [tuple(part.strip() for part in row.split(":")) for row in rows]
print(pairs)
print({k.lower(): int(v) for k, v in pairs})
print("\n".join(r.upper().center(12, ".") for r in rows))
