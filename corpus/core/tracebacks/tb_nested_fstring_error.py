user = {"name": "ada"}
print(f"Hello {user['name'].title()}, age {user['age']}")
