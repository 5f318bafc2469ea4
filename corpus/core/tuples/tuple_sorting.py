people = [("bob", 25), ("alice", 30), ("carol", 25), ("alice", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max(people), min(people, key=lambda p: p[1]))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1,), (1, "a"), ()]))
