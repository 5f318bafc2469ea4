def uses_later():
    return later_defined * 2
later_defined = 21
print(uses_later())
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def missing():
    return not_defined_anywhere
try:
    missing()
except NameError as e:
    print(type(e).__name__, e)
