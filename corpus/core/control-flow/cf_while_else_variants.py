n = 0
while n < 3:
    n += 1
else:
    print("while done, n =", n)
n = 0
while True:
    n += 1
    if n == 2:
        break
else:
    print("never")
print("broke at", n)
while False:
    pass
else:
    print("else of a loop that never ran")
count = 5
while count:
    count -= 2
    if count < 0:
        print("negative", count)
        break
else:
    print("reached zero")
