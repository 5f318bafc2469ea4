settings = {"a": 1}
def handler(x, fallback=settings["b"]):
    return x
