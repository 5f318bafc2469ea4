# attributes set on exception instances, and missing attributes
class HTTPError(Exception):
    status = 500
    def describe(self):
        return f"{self.status}: {self.args[0]}"
e = HTTPError("server")
print(e.status, e.describe())
e.status = 404
print(e.status, HTTPError.status, e.describe())
e.extra = [1, 2]
print(e.extra)
v = ValueError("x")
v.custom = "set on builtin"
print(v.custom)
try:
    v.missing
except AttributeError as err:
    print("AttributeError:", err)
del v.custom
try:
    v.custom
except AttributeError as err:
    print("AttributeError:", err)
