for n in [0, 1, -1, 7, -7, 255, 2**53 + 1, -(2**64 - 1), 10**30]:
    print(n.bit_count())
print(True.bit_count(), int.bit_count(-12))
try:
    (5).bit_count(1)
except TypeError as e:
    print(type(e).__name__, e)
