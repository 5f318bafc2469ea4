# finally blocks run while SystemExit propagates
def f():
    try:
        raise SystemExit(5)
    finally:
        print("cleanup")
try:
    f()
finally:
    print("outer cleanup")
