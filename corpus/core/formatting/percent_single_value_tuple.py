t = (1, 2)
try:
    print("%s" % t)
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % (t,))
print("%r" % ((),))
print("%s-%s" % t)
class Seq:
    def __getitem__(self, i):
        return i
print("%s" % Seq() != "", "%(a)s" % Seq())
print("%s %s" % ("a", "b") * 2)
