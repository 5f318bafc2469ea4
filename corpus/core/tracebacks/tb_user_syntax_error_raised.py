def check(src):
    raise SyntaxError("invalid token", ("config.py", 2, 5, "a = 1 $ 2\n", 2, 6))
check("a = 1 $ 2")
