# str.splitlines splits on every Unicode line boundary, \r\n counts once
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "x\n".splitlines(), "x".splitlines())
print("a\r\rb".splitlines(), "a\n\rb".splitlines(), "\r\n\r\n".splitlines())
print("a\x1fb".splitlines(), "a\tb".splitlines())
