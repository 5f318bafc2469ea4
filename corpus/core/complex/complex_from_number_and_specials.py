class C:
    def __complex__(self):
        return 1 - 1j
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return -3
class BadF:
    def __float__(self):
        return 'x'
print(complex.from_number(C()), complex.from_number(F()), complex.from_number(I()), complex.from_number(True))
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(I(), I()), complex(real=I(), imag=F()))
print((1j).from_number(2), complex.from_number(-0.0), complex.from_number(10 ** 20))
for obj in [BadF(), 'x', None]:
    try:
        print(complex.from_number(obj))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    complex(BadF())
except TypeError as e:
    print(type(e).__name__, e)
