class Config:
    base = 10
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * base for i in items]
    except NameError as e:
        scaled = f"NameError: {e}"
    first = [base + i for i in range(2)] if False else None
print(Config.doubled)
print(Config.scaled)
print(Config.first)
class Table:
    size = 3
    rows = [[0] * 2 for _ in range(size)]
print(Table.rows)
