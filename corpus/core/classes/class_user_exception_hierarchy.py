class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
def lookup(k):
    if k == "bad":
        raise Invalid(k, 42)
    raise NotFound(k)
for k in ["x", "bad"]:
    try:
        lookup(k)
    except AppError as e:
        print(type(e).__name__, e, e.args, isinstance(e, Exception))
try:
    lookup("y")
except NotFound as e:
    print(e.key, repr(e))
print(NotFound.__mro__[:3])
