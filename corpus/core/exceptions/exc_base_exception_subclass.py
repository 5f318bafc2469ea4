# a direct BaseException subclass is not caught by except Exception
class Stop(BaseException):
    pass
def run():
    try:
        raise Stop("halt")
    except Exception:
        return "caught as Exception"
try:
    run()
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e)
raise Stop("uncaught")
