def multiplier(n):
    return lambda x: x * n
double = multiplier(2)
triple = multiplier(3)
print(double(5), triple(5))
print(double.__closure__[0].cell_contents, double.__qualname__)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(double, triple, lambda v: v + 1)(1))
pipeline = [lambda s: s.strip(), lambda s: s.upper(), lambda s: s + "!"]
value = "  hi  "
for step in pipeline:
    value = step(value)
print(value)
