def outer():
    data = {}
    def inner():
        def innermost():
            return data["x"]
        return innermost()
    return inner()
outer()
