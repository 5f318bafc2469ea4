def outer():
    secret = "abc"
    def reader():
        return secret.upper()
    print(reader())
    del secret
    return reader()
outer()
