# bytes + str, uncaught
header = b'HTTP/1.1 '
status = '200 OK'
line = header + status
