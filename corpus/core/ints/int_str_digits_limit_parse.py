s = '1' * 4300
print(len(str(int(s))))
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('-' + '2' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(int('f' * 5000, 16).bit_length())
print(int('1' * 5000, 2).bit_length())
try:
    int('1_' * 4300 + '1')
except ValueError as e:
    print(type(e).__name__, e)
print(int('0' * 5000))
