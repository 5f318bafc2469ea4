# bytes.index raising ValueError, uncaught
record = b'key:value'
pos = record.index(b'=')
