# an OSError subclass with its own __init__ parses nothing in __new__ (oserror_use_init)
class ConfigError(OSError):
    def __init__(self, path, reason):
        self.path = path
        self.reason = reason
e = ConfigError("/etc/app.conf", "unreadable")
print(e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.path)
class Passthrough(OSError):
    def __init__(self, *args):
        super().__init__(*args)
p = Passthrough(2, "No such file", "x.txt")
print(type(p).__name__, p.args, p.errno, p.filename, p)
class Plain(OSError):
    pass
q = Plain(2, "No such file", "y.txt")
print(type(q).__name__, q.args, q, isinstance(q, FileNotFoundError))
try:
    Plain(1, 2, key=3)
except TypeError as err:
    print("TypeError:", err)
