# conform: skip-pyodide the recursion limit differs in the 32-bit build
# RecursionError is catchable and the interpreter keeps working afterwards
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
