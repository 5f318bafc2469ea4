try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
class NotAnError:
    pass
raise NotAnError()
