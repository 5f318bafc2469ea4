# an invalid utf-8 byte, uncaught
raw = b'name=caf\xe9'
text = raw.decode('utf-8')
print(text)
