def f(b):
    print "a" % b
