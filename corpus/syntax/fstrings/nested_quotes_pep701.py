# conform: args -m ast -a
items = {"a": 1}
a = f"{items["a"]}"
b = f"{f"{f"{1}"}"}"
c = f'{'single'}'
d = f"{'\n'.join(['x', 'y'])}"
e = f"{"nested" + f'{items}'}"
