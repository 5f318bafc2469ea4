# an exception raised while another is handled gets it as __context__, even through calls
def helper():
    raise RuntimeError("in helper")
try:
    try:
        raise ValueError("first")
    except ValueError:
        helper()
except RuntimeError as e:
    print(e, "<-", repr(e.__context__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        pass
    raise RuntimeError("after handler")
except RuntimeError as e:
    print(e, "<-", repr(e.__context__))
try:
    try:
        raise ValueError("first")
    finally:
        try:
            raise KeyError("in finally, handled")
        except KeyError as k:
            print("handled", repr(k.__context__))
except ValueError as e:
    print("original still propagates", e, repr(e.__context__))
