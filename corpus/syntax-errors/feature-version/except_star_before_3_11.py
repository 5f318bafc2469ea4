# conform: args -m ast --feature-version 3.10
# conform: skip-pyodide tracebacks through the stdlib: runpy's line numbers differ between CPython 3.14.2 (Pyodide) and 3.14.8, and Pyodide's stdlib is /lib/python314.zip
try:
    pass
except* ValueError:
    pass
