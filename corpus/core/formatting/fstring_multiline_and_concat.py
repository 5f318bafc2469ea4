a, b = 1, 2
s = (f"{a}"
     "plain"
     f"{b}")
print(s)
print(f"""{
    a
    +
    b
}""")
print(rf"\n{a}", fR"{b}\t", Rf"{a!r}")
print(f"{a:{'0'}{'3'}}" f"{b:03}")
print(f"{'x':>{a + b}}|")
