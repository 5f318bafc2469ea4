items = ["1", "2", "three"]
numbers = {s: int(s) for s in items}
