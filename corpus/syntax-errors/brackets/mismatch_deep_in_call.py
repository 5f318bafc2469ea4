result = f(g(h[1, 2), 3)
