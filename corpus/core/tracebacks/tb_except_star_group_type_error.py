try:
    raise ExceptionGroup("g", [ValueError()])
except* ExceptionGroup:
    pass
