data = {"users": {"alice": {"age": 30}}}
def age_of(name):
    return data["users"][name]["age"]
print(age_of("alice"))
print(age_of("bob"))
