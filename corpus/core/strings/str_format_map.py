# str.format_map with a dict and with any mapping (only __getitem__ is used)
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print("{name} is {age}".format_map({"name": "Ann", "age": 7}))
print("{a}-{b}".format_map(Lookup()))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{x}".format_map()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{x}".format_map({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print("plain".format_map({}))
