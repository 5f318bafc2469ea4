# coding=ascii
# conform: skip-pyodide CPython 3.14.2 (Pyodide) reports a failing source encoding as 'encoding problem: NAME'; 3.14.8 reports the codec's error
x = "é"
