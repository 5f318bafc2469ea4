def configure(name, size=1):
    return name * size
configure("x", size=10 // 0)
