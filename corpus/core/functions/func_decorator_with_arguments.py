def retry(times, *, label="op"):
    def deco(fn):
        def run(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    print(label, "attempt", attempt, "failed:", e)
            return None
        return run
    return deco
state = {"n": 0}
@retry(3, label="flaky")
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"n={state['n']}")
    return state["n"]
print(flaky(3))
state["n"] = 0
print(flaky(5))
