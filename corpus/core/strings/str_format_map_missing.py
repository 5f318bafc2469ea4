# format_map with a dict subclass: __missing__ supplies absent keys (format() would copy the dict)
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Bob")))
