class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 1
class Both:
    def __float__(self):
        return 1.5
    def __index__(self):
        return 9
print(float(F()), float(I()), float(Both()))
class Plain:
    pass
for obj in [Bad(), Plain()]:
    try:
        print(float(obj))
    except TypeError as e:
        print(type(e).__name__, e)
print(float(), float(True), float(-7), float(2 ** 63), float(0.5))
print(float.from_number(3), float.from_number(2.5), float.from_number(I()), float.from_number(F()))
try:
    float.from_number('1.5')
except TypeError as e:
    print(type(e).__name__, e)
