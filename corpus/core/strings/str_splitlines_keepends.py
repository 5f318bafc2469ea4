# splitlines(keepends): positional or keyword, any truth value
s = "a\nb\r\nc\rd\u2028e"
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print(s.splitlines(False), s.splitlines(keepends=0), s.splitlines(1))
print("x\n\n".splitlines(True), "\r\n".splitlines(True), "".splitlines(True))
print("a\nb".splitlines(keepends=[1]))
