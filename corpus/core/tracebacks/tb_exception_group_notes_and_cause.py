def fail():
    e = ValueError("with note")
    e.add_note("sub-exception note")
    try:
        raise KeyError("root cause")
    except KeyError as k:
        eg = ExceptionGroup("grouped", [e, RuntimeError("plain")])
        eg.add_note("group note")
        raise eg from k
fail()
