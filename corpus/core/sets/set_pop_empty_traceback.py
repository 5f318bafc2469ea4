pending = set()
pending.pop()
