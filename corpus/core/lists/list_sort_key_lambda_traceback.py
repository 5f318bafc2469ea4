people = [{"name": "a", "age": 3}, {"name": "b"}]
ordered = sorted(
    people,
    key=lambda p: p["age"],
)
