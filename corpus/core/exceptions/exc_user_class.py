class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super_init = Exception.__init__
        super_init(self, "missing: " + key)
        self.key = key
try:
    raise NotFound("cfg")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
print(repr(AppError("x", 1)))
raise NotFound("final")
