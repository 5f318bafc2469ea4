# SystemExit.code with various arguments, and catching it
for args in [(), (0,), (3,), ("msg",), (None,), (1, 2)]:
    e = SystemExit(*args)
    print(args, repr(e.code), repr(str(e)), repr(e))
try:
    raise SystemExit(7)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException caught", e.code)
e = SystemExit(1)
e.code = 9
print(e.code, e.args)
