x = t"""abc
def
ghi
