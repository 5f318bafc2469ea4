class HttpError(Exception):
    def __init__(self, status, msg):
        Exception.__init__(self, status, msg)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}: {self.args[1]}"
try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e, e.status, e.args, repr(e))
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet("a", "b")))
raise HttpError(500, "server down")
