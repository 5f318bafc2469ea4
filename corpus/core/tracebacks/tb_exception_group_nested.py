def task(n):
    if n == 1:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} broke")
def run_all():
    errors = []
    for n in (1, 2):
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner batch", errors)
    raise ExceptionGroup("all tasks", [inner, KeyError("k")])
run_all()
