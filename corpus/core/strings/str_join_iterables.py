def g():
    yield "a"
print("".join(g()), "".join(str(x) for x in range(3)), "-".join(map(str, [1,2])), ",".join({"a": 1}), "".join(iter("xy")), "".join({"q"}), "".join({"k": 1}.keys()), "".join(reversed("ab")), "".join(zip("a")[0] if False else "z"))
