values = [0.1, 1 / 3, 2.0 ** -1074, 2.0 ** -1022, 1.7976931348623157e308, -123.456, 1e-10, 6.02214076e23]
for x in values:
    h = x.hex()
    print(h, float.fromhex(h) == x, float.fromhex(h.upper()) == x)
print(float.fromhex('0x1.999999999999a0000000000000000000p-4') == 0.1, float.fromhex('0x0.8p-1073'), float.fromhex('0x0.800000001p-1073'))
print(float.fromhex('0x1.fffffffffffffp1023'), float.fromhex('0x1.fffffffffffff7ffp1023'), float.fromhex('0x.000001p-1000'))
