# encoding names are normalized and aliased; bytes-to-bytes codecs are refused by name
for name in ['utf-8', 'UTF8', 'u8', 'utf_8', 'latin-1', 'ISO-8859-1', 'l1', 'iso8859_1', 'ascii', 'US-ASCII', '646', 'cp819']:
    print(name, 'caf\xe9'.encode(name, 'replace'), b'caf\xe9'.decode(name, 'replace'))
for name in ['hex', 'BASE64', 'rot13', 'zlib', 'utf-9', 'utf8-sig', '']:
    for f in [lambda: 'x'.encode(name), lambda: b'x'.decode(name)]:
        try:
            f()
        except LookupError as e:
            print(type(e).__name__, e)
for f in [lambda: 'x'.encode('undefined'), lambda: b''.decode('undefined')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e)
# decoding empty bytes gives '' before the encoding is looked up; encoding '' does not
print(repr(b''.decode('no-such-codec')), repr(b''.decode('hex')), repr(str(b'', 'nope')))
try:
    ''.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
