# negative indices count from the end
s = "abcdef"
print(s[-1], s[-6], s[-3], s[0], s[5])
for i in [6, -7, 100, -100]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
print(s[True], s[False], s[-True])
