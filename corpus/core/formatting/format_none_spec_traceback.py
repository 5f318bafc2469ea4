value = None
print(f"{value!s:>6}|")
print(f"{value:>6}|")
