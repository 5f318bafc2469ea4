# add_note: __notes__ appears on first use; errors for bad arguments
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("")
e.add_note("multi\nline")
print(e.__notes__)
for bad in [1, None, b"x"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e2 = KeyError("k")
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print("TypeError:", err)
e3 = TypeError()
e3.__notes__ = ["preset"]
e3.add_note("added")
print(e3.__notes__)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
