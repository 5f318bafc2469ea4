# an unencodable character, uncaught
def to_wire(text):
    return text.encode('ascii')
print(to_wire('price: 5\u20ac'))
