class Plain:
    def __str__(self):
        return "plain"
p = Plain()
print(format(p))
print(format(p, ""))
print(f"{p}")
print("{}".format(p))
try:
    format(p, ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{p:x}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{:d}".format(p)
except TypeError as e:
    print(type(e).__name__, e)
