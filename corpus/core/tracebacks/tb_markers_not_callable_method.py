class Thing:
    size = 3
t = Thing()
t.size()
