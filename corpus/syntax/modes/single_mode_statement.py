# conform: args -m ast -a --mode single
if x:
    print(x)
else:
    pass
