def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    saved = e.__traceback__
raise KeyError("reuses the saved traceback").with_traceback(saved)
