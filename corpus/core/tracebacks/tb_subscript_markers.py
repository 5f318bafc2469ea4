data = {"users": [{"name": "a"}, {"name": "b"}]}
print(data["users"][1]["name"])
print(data["users"][2]["name"])
