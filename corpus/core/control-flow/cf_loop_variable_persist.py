for i in range(3):
    pass
print(i)
for ch in "":
    pass
try:
    print(ch)
except NameError as e:
    print(e)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
