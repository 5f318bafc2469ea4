seen = {1, 2, 3}
seen.remove(4)
