# conform: skip-pyodide the recursion limit and frame counts differ in the 32-bit build
def forever(n):
    return forever(n + 1)
forever(0)
