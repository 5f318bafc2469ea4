text = '0x1.8p1'
print(float.fromhex(text))
print(float.fromhex('1.8q1'))
