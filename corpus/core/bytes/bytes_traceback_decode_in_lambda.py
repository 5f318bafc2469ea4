# UnicodeDecodeError raised inside a lambda applied by map(), uncaught
payloads = [b'ok', b'caf\xc3\xa9', b'\xff\xfe']
decode = lambda raw: raw.decode('ascii')
for text in map(decode, payloads):
    print(text)
