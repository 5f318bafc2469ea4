big = 10 ** 4300
try:
    repr(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{big}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print('%d' % big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([big])
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), len(bin(big)))
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
print(big.bit_length())
