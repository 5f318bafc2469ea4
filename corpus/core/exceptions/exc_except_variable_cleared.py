try:
    raise ValueError("x")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
e = "kept"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print(e)
