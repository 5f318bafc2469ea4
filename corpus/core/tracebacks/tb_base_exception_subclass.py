class Abort(BaseException):
    pass
def step():
    raise Abort("stopped at step")
step()
