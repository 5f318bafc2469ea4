def attempt(op):
    a, b = 2, "s"
    if op == "-":
        return a - b
    if op == "**":
        return a ** b
    if op == "<<":
        return a << b
    if op == "@":
        return a @ b
attempt("@")
