def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 15]:
    find_divisor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
