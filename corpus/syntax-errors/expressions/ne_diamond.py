# conform: skip-pyodide the hint "Maybe you meant '!=' instead of '<>'?" is newer than CPython 3.14.2 (Pyodide)
if 1 <> 2:
    pass
