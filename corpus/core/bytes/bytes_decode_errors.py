# decode error handlers and UnicodeDecodeError messages
bad = b'ab\xffcd\xc3'
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(errors, ascii(bad.decode('utf-8', errors)))
print(ascii(bad.decode(errors='replace')))
for enc, data in [('utf-8', bad), ('ascii', b'ok\x80'), ('utf-8', b'\xe2\x82'), ('utf-8', b'\xc0\x80'), ('utf-8', b'\xed\xa0\x80')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
        print(e.encoding, e.start, e.end, e.reason, e.object)
