# + between str and other types, both orders
for other in [1, 1.5, None, [1], (1,), b"x", True]:
    try:
        print("s" + other)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(other + "s")
    except TypeError as e:
        print(type(e).__name__, e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(type(e).__name__, e)
s += "b"
print(s, "x" "y", "" + "", repr("" + ""))
