def render(name):
    return t"Hello {name"
