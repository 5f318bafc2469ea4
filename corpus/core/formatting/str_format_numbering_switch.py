for fmt in ("{}{0}", "{0}{}", "{:{}}{0}", "{0:{}}", "{:{1}}"):
    try:
        print(fmt.format(1, 2))
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
print("{0:{1}}|".format(5, 4))
print("{:{}}|".format(5, 4))
