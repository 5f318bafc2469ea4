def encode(n):
    return n.to_bytes(2, 'big')
print(encode(513))
print(encode(70000))
