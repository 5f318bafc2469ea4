def name_of(d):
    return d["name"]
print(f"user: {name_of({})}")
