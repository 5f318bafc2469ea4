# str.encode() defaults to utf-8; decoding gives back the same str
for s in ['', 'ascii', 'caf\xe9', '\u20ac100', '\u4e2d\u6587', '\U0001f600 ok', 'a\x00b']:
    e = s.encode()
    print(e, len(s), len(e), e.decode() == s)
print('x'.encode('utf-8'), 'x'.encode(encoding='utf8'), 'x'.encode('UTF-8'), 'x'.encode('u8'))
