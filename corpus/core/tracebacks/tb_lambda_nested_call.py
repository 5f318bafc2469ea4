compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
half = lambda x: x / 0
both = compose(inc, half)
both(4)
