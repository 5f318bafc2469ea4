# catching something that is not an exception class
for target in [int, "ValueError", (ValueError, str)]:
    try:
        try:
            raise ValueError("v")
        except target:
            print("matched")
    except TypeError as e:
        print(type(target).__name__, "->", e)
try:
    1 / 0
except (ZeroDivisionError, int):
    print("a match before the bad entry is fine")
try:
    pass
except int:
    print("never evaluated when nothing is raised")
print("done")
