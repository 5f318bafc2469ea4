# splitlines recognizes \n, \r and \r\n only
b = b'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\n'
print(b.splitlines())
print(b.splitlines(True))
print(b.splitlines(keepends=True))
print(b''.splitlines(), b'\n'.splitlines(), b'\n\n'.splitlines(True), b'no newline'.splitlines())
print(b'a\r\n'.splitlines(1), b'a\n\rb'.splitlines())
try:
    b.splitlines(True, False)
except TypeError as e:
    print(type(e).__name__, e)
