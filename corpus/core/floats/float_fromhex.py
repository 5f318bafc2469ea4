for s in ['0x1p0', '0x1.8p1', '-0x1p-1', '0X1.FFFFFFFFFFFFFp+1023', '0x1p-1074', '0x0.0000000000001p-1022',
          '1p4', 'ff', '0x.8', '0x8.', '  0x10  ', '+0x1.0', 'inf', '-Infinity', 'nan', '0x1p-1075', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x10p0', '-0x0p0']:
    print(repr(s), float.fromhex(s))
print((1.0).fromhex('0x3p0'))
print(float.fromhex((0.1).hex()) == 0.1)
print(float.fromhex(float.hex(-5e-324)))
