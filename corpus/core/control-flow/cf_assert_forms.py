def check(x):
    assert x, "falsy value"
    return "ok"
print(check(1))
for v in [0, "", None, []]:
    try:
        check(v)
    except AssertionError as e:
        print(repr(v), "->", e.args)
try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", e.args, repr(str(e)))
try:
    assert False, ["list", "message"]
except AssertionError as e:
    print(e.args[0], str(e))
def msg():
    print("message evaluated")
    return "m"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print("caught", e)
