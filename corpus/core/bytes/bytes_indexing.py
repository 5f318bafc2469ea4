# indexing a bytes gives an int
b = b'Hello'
print(b[0], b[1], b[-1], b[-5])
print(type(b[0]).__name__)
print(b[True])
print(b'\xff'[0])
print([b[i] for i in range(len(b))])
class Idx:
    def __index__(self):
        return 2
print(b[Idx()])
