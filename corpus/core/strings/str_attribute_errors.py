# str attributes: missing methods suggest close names, str is immutable
s = "abc"
for name in ["uper", "splt", "startwith", "lenght", "foo"]:
    try:
        getattr(s, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    s.upper = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper = None
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(s, "upper"), hasattr(s, "nope"))
