# the first matching handler wins, even if a later one is more specific
try:
    raise FileNotFoundError("f")
except OSError as e:
    print("OSError handler", type(e).__name__)
except FileNotFoundError:
    print("never")
try:
    raise ZeroDivisionError
except BaseException:
    print("BaseException handler")
except ZeroDivisionError:
    print("never")
try:
    raise SystemExit(0)
except Exception:
    print("never")
except:
    print("bare except catches SystemExit")
