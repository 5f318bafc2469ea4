a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "y": 0}, {"y": 0, **a}, {**{}}, {**a, **a})
print(dict(**a, z=5), {**dict.fromkeys("ab")})
try:
    {**a, **1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[("k", 1)]}
except TypeError as e:
    print(type(e).__name__, e)
