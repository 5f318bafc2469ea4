class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
print(complex(), complex(1), complex(2.5), complex(True), complex(-7, 2), complex(2.5, -1))
print(complex(real=1, imag=2), complex(imag=3), complex(real=-0.0), complex(1, -0.0), complex(-0.0, 0))
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(1.5, F()))
print(complex(3 + 4j), complex(2 ** 60, 1), complex(-2.5j))
print(complex.from_number(5), complex.from_number(1.5), complex.from_number(2j), complex.from_number(C()))
print(type(complex(1)).__name__, complex(1) == 1, complex(0, 0) == 0)
