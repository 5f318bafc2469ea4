# str's dunder methods called directly
s = "abc"
print(s.__len__(), s.__getitem__(-1), s.__getitem__(slice(1, None)), s.__contains__("bc"), s.__add__("d"), s.__mul__(2), s.__rmul__(2))
print(s.__eq__("abc"), s.__eq__(1), s.__ne__(1), s.__lt__("abd"), s.__le__(1), s.__gt__("ab"), s.__ge__("abc"))
print(s.__str__(), s.__repr__(), s.__format__(">5"), s.__mod__(()), s.__rmod__(5), "x".__rmod__("%s!"), s.__hash__() == hash(s))
print(s.__getnewargs__(), s.__class__.__name__, s.__iter__().__next__())
print(str.__doc__[:25])
