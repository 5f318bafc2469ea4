# conform: skip-pyodide set order of floats depends on 64-bit hashes
print({1.5, 0.5, 2.5, 3.0})
print({0.1, 0.2, 0.3})
print({1, 1.0, True})
print({1.0, 1, True})
print({0, -0.0, False})
print({float("inf"), -1.5, 2})
print({1e16, 1e-5, 42})
