# bytes(obj) calls obj.__bytes__, which must return bytes
class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __bytes__(self):
        return b'<' + self.payload + b'>'
class Bad:
    def __bytes__(self):
        return 'not bytes'
print(bytes(Packet(b'data')))
print(bytes(Packet(b'')))
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__, e)
