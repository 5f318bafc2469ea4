# bytes * int and int * bytes
b = b'ab'
print(b * 3, 3 * b, b * 1, b * 0, b * -2)
print(b * True, False * b)
print(b'' * 100)
x = b'-'
x *= 5
print(x)
class Two:
    def __index__(self):
        return 2
print(b.__mul__(Two()), b.__rmul__(2))
