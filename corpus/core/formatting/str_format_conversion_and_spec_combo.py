class W:
    def __repr__(self):
        return "W()"
    def __str__(self):
        return "w"
    def __format__(self, spec):
        return "fmt:" + spec
w = W()
print("{}|{!s}|{!r}|{!a}|{:x}|{!s:>5}|{!r:^7}|".format(w, w, w, w, w, w, w))
print("{0!r:{1}}|".format("s", 6))
print("{!r}".format("it's"), "{!a}".format("ü"), "{0!s:.2}".format(12345))
print("{:>{width}.{prec}}|".format("abcdef", width=8, prec=3))
print("{0:{fill}{align}{width}}".format(42, fill="*", align="^", width=9))
print("{:{}{}{}}".format(7, "0", ">", 4))
try:
    "{!s:{}}".format(w)
except IndexError as e:
    print(type(e).__name__, e)
