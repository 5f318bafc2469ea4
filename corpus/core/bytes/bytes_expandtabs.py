# expandtabs replaces tabs by spaces to the next tab stop, columns restart after \r or \n
b = b'a\tbc\tdef\tg'
print(b.expandtabs())
print(b.expandtabs(4), b.expandtabs(tabsize=2), b.expandtabs(0), b.expandtabs(-3))
print(b'12\n\t3\r\t4'.expandtabs(3))
print(b''.expandtabs(), b'\t'.expandtabs(1))
try:
    b.expandtabs('4')
except TypeError as e:
    print(type(e).__name__, e)
