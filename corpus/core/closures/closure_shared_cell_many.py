def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"insufficient: {balance} < {n}")
        balance -= n
        return balance
    def peek():
        return balance
    return deposit, withdraw, peek
d, w, p = bank()
d(100)
w(30)
print(p())
try:
    w(500)
except ValueError as e:
    print(e)
print(d.__closure__[0] is w.__closure__[0] is p.__closure__[0])
print(p.__closure__[0].cell_contents)
d2, w2, p2 = bank()
print(p2(), p())
