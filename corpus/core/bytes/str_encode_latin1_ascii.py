# latin-1 maps code points below 256 to one byte; ascii only below 128
for s in ['abc', 'caf\xe9', '\xff\x80', '\x7f']:
    print(s.encode('latin-1'), s.encode('latin1').decode('latin-1') == s)
print('plain text'.encode('ascii'), 'plain'.encode('us-ascii'))
for enc, s in [('ascii', 'caf\xe9'), ('ascii', '\x80'), ('latin-1', '\u20ac'), ('latin-1', 'ok\u0100\u0101!'), ('ascii', 'ab\xe9\xe8cd')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
