def work():
    raise ExceptionGroup("jobs", [KeyError("a"), TypeError("b")])
try:
    work()
except* KeyError:
    raise RuntimeError("could not recover")
except* TypeError:
    print("type errors ignored")
