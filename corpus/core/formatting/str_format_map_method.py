print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Lookup:
    def __getitem__(self, key):
        return "<" + key + ">"
print("{name} has {count} {thing}".format_map(Lookup()))
print("{x[0]}".format_map({"x": "yes"}))
try:
    "{0}".format_map({"0": "str-zero"})
except (ValueError, KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
for bad in ((), ({}, {}),):
    try:
        "{a}".format_map(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "{a}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
