# utf-8-sig writes a BOM and drops one when decoding
print('abc'.encode('utf-8-sig'), ''.encode('utf_8_sig'), '\xe9'.encode('UTF-8-SIG'))
print(repr(b'\xef\xbb\xbfabc'.decode('utf-8-sig')), repr(b'abc'.decode('utf-8-sig')))
print(repr(b'\xef\xbb\xbf\xef\xbb\xbf'.decode('utf-8-sig')), repr(b'\xef\xbb\xbf'.decode('utf-8')))
for data in [b'\xef\xbb\xbf\xffab', b'\xef\xbbab']:
    try:
        data.decode('utf-8-sig')
    except UnicodeDecodeError as e:
        print(e, e.object)
try:
    'a\ud800'.encode('utf-8-sig')
except UnicodeEncodeError as e:
    print(e)
