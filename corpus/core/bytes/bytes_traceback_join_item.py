# TypeError from bytes.join on a non-bytes item, uncaught
def pack(fields):
    return b'|'.join(fields)
print(pack([b'a', b'b']))
print(pack([b'a', 2, b'c']))
