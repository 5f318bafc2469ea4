def work():
    raise ExceptionGroup("jobs", [ValueError("v1"), OSError("disk"), ValueError("v2")])
try:
    work()
except* ValueError as group:
    print("handled", len(group.exceptions), "value errors")
