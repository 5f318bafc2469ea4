# UnicodeEncodeError carries encoding, object, start, end and reason
try:
    'abc\u20ac\u20acdef'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e.args)
try:
    'x\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
    print(e.encoding, e.start, e.end, e.reason)
try:
    '\U0001f600'.encode('latin-1')
except UnicodeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
