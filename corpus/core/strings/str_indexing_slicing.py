s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[::-1], s[::2])
print(s[1:-1], s[-3:], s[10:], repr(s[4:2]))
print(s[-100:100])
print(len(s), len(""), len("héllo"))
emoji = "a😀b"
print(len(emoji), emoji[1], emoji[2])
print(s[6])
