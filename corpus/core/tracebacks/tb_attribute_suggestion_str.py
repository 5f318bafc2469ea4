s = "hello"
s.uper()
