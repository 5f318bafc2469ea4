# utf-8 decoding: truncated sequences, overlong forms and surrogates are errors
cases = [b'\xc3', b'\xe2\x82', b'\xf0\x9f\x98', b'\xc0\xaf', b'\xe0\x80\xaf', b'\xed\xa0\x80',
         b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80', b'\x80abc', b'ok\xe2\x28\xa1']
for c in cases:
    try:
        print(c.decode('utf-8'))
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason, '|', ascii(c.decode('utf-8', 'replace')))
