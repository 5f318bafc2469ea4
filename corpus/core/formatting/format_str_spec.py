s = "abc"
print("[" + format(s, "10") + "]")
print("[" + format(s, ">10") + "]")
print("[" + format(s, "^10") + "]")
print("[" + format(s, "-^11") + "]")
print("[" + format("abcdefgh", ".3") + "]")
print("[" + format("abcdefgh", "5.2") + "]")
print("[" + format(s, "") + "]")
print(format(s, "d"))
