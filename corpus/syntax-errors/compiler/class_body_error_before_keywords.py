class C(metaclass=M, metaclass=N):
    return 1
