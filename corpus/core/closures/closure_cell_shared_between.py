def pair():
    state = 0
    def get():
        return state
    def setv(v):
        nonlocal state
        state = v
    return get, setv
g, s = pair()
print(g())
s(42)
print(g())
g2, s2 = pair()
print(g2(), g())
print(g.__closure__ == s.__closure__ if False else g.__closure__[0] is s.__closure__[0])
