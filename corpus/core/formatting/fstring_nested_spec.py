width = 10
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'x':^{width}}]")
fill = "*"
print(f"[{'mid':{fill}^{width}}]")
print(f"[{42:{'+'}{width}d}]")
print(f"{value:.{prec}}")
print(f"{value:{prec}.1e}")
