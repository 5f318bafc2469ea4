# except (A, B) as e binds whichever matched
def f(kind):
    try:
        raise kind("m")
    except (KeyError, IndexError, ZeroDivisionError) as e:
        return "tuple " + type(e).__name__
    except (ValueError,) as e:
        return "single-tuple " + type(e).__name__
    except () as e:
        return "never"
    except Exception as e:
        return "fallback " + type(e).__name__
for k in [KeyError, IndexError, ZeroDivisionError, ValueError, UnicodeError, TypeError]:
    print(f(k))
handlers = (OSError, EOFError)
try:
    raise EOFError
except handlers as e:
    print("dynamic tuple", repr(e))
