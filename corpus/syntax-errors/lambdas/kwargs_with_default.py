f = lambda **k=1: 1
