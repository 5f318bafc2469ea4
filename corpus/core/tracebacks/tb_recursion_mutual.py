# conform: skip-pyodide the recursion limit and frame counts differ in the 32-bit build
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
