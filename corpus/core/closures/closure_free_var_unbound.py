def outer():
    def inner():
        return value
    print(inner.__code__.co_freevars)
    result = inner()
    value = 1
    return result
outer()
