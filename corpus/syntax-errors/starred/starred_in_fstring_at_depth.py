def f(items):
    return f"{*items}"
