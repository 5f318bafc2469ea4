# IndexError on a bytes, uncaught
def last_plus_one(data):
    return data[len(data)]
print(last_plus_one(b'xyz'))
