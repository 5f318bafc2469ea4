# encode error handlers
s = 'a\xe9\u20ac\U0001f600z'
for errors in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors=errors))
print('a\udc80b'.encode('utf-8', 'surrogateescape'), 'a\udcffb'.encode('ascii', 'surrogateescape'))
print('a\ud800b'.encode('utf-8', 'surrogatepass'))
print('a\ud800b'.encode('utf-8', 'replace'), 'a\ud800b'.encode('utf-8', 'ignore'))
