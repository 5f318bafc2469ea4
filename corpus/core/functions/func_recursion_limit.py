# conform: skip-pyodide recursion limit traceback counts differ under the Pyodide harness
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(900))
down(0)
