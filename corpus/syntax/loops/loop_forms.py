# conform: args -m ast -a
for i in range(3):
    if i == 1:
        continue
    elif i == 2:
        break
else:
    pass
while True:
    break
else:
    pass
for a, (b, c) in []:
    pass
for x, in [(1,)]:
    pass
for [a, b] in []:
    pass
for obj.attr in []:
    pass
for d[0] in []:
    pass
while (n := 0):
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
