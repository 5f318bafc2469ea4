n = 255
print(n.bit_length())
print(n.bitlength())
