print("before")
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit(2)
