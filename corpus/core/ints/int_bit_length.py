for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, 2**31, 2**53 - 1, 2**53, -2**53, 2**64, -(2**64) + 1, 10**100]:
    print(n if n < 10**20 else "big", n.bit_length())
print(True.bit_length(), False.bit_length())
print(int.bit_length(37))
