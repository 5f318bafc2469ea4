name = "Ada"
age = 36
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'é'!a}")
print(f"{age + 1} {age * 2:5d}|")
print(f"{{literal}} {name}")
print(f"{age=}")
print(f"{age = }")
print(f"{name=!s}")
print(f"{3.14159=:.2f}")
print(f"{'nested ' + name}")
