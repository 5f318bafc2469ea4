def outer():
    factor = 3
    return [[factor * i * j for j in range(3)] for i in range(3)]
print(outer())
def gen_in_list():
    n = 2
    return [sum(x * n for x in range(i)) for i in range(4)]
print(gen_in_list())
def uses_outer_name():
    prefix = "p"
    return {f"{prefix}{k}": [prefix * v for v in range(k)] for k in range(3)}
print(uses_outer_name())
