try:
    e = KeyError("inner")
    e.add_note("inner note")
    raise e
except KeyError as k:
    outer = RuntimeError("outer")
    outer.add_note("outer note")
    raise outer from k
