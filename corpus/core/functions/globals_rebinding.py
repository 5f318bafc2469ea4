# Globals and builtins seen by the same instruction as they are rebound, shadowed and deleted.
def use_len(x):
    return len(x)

def show():
    return counter

results = []
counter = 0
for i in range(4):
    results.append(use_len("abc"))
    if i == 1:
        len = lambda x: -1          # a global now shadows the builtin
    if i == 2:
        del len                     # the builtin is visible again
    counter += 1
    results.append(show())
print(results)

def helper():
    return "first"

def call_helper():
    return helper()

out = []
for i in range(3):
    out.append(call_helper())
    def helper():
        return "redefined %d" % i
print(out)

# Module-level reads of a name that is deleted and re-created.
value = 1
seen = []
for i in range(3):
    seen.append(value)
    del value
    try:
        value
    except NameError as e:
        seen.append(str(e))
    value = i + 10
print(seen)

# A global created by a function after a builtin of the same name was read.
def read_abs():
    return abs(-5)

print(read_abs())
def make_abs():
    global abs
    abs = lambda x: "global abs"
make_abs()
print(read_abs())
del abs
print(read_abs())

# Class bodies read their namespace first, then globals, then builtins.
x = "global x"
class C:
    print(x)
    x = "class x"
    print(x)
    del x
    print(x)
    print(len("four"))
