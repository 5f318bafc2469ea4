class V:
    def __str__(self):
        return "V-str"
    def __repr__(self):
        return "V-repr-é"
v = V()
print("%s|%r|%a|%10s|%-10r|%.3s" % (v, v, v, v, v, v))
class I:
    def __index__(self):
        return 255
class Fl:
    def __float__(self):
        return 1.25
class In:
    def __int__(self):
        return 7
print("%x %o %X %c" % (I(), I(), I(), I()))
print("%f %.1e %g" % (Fl(), Fl(), Fl()))
for fmt, arg in (("%d", I()), ("%d", Fl()), ("%d", In()), ("%x", In()), ("%f", I())):
    try:
        print(fmt, fmt % arg)
    except TypeError as e:
        print(fmt, type(e).__name__, e)
