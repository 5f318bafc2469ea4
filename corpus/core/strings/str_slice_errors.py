# slice indices must be ints, None or __index__; zero step; huge bounds clamp
s = "abcdef"
class I:
    def __index__(self):
        return 2
print(s[I():], s[:I()], s[::I()], s[I()])
print(s[-2**100:2**100], s[2**100:], s[::2**100], s[::-2**100])
for k in [slice(0, 3, 0), slice("a", 2), slice(1.0, 2), slice(None, None, 1.5)]:
    try:
        print(s[k])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for k in ["1", 1.0, None, [1], (1,)]:
    try:
        print(s[k])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(s[2**100])
except IndexError as e:
    print(type(e).__name__, e)
