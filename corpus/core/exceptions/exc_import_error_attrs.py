# ImportError's keyword-only name/path and its msg attribute
e = ImportError("cannot import thing", name="pkg", path="/lib/pkg.py")
print(e, repr(e), e.args)
print(e.msg, e.name, e.path)
e2 = ImportError()
print(repr(str(e2)), e2.msg, e2.name, e2.path)
e3 = ImportError("a", "b")
print(e3, e3.msg)
e4 = ModuleNotFoundError("No module named 'x'", name="x")
print(e4, e4.name, isinstance(e4, ImportError))
try:
    ImportError("m", package="p")
except TypeError as err:
    print("TypeError:", err)
try:
    ImportError("m", nme="p")
except TypeError as err:
    print("TypeError:", err)
