def outer():
    results = []
    def inner():
        return reslts
    return inner()
outer()
