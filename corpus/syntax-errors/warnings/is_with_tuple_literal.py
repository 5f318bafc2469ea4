x = ()
if x is ():
    pass
