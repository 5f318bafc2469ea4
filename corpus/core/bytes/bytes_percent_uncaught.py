# formatting a str into bytes with %s, uncaught
name = 'world'
msg = b'hello %s' % name
