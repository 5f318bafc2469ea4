def f():
    @property

print(1)
