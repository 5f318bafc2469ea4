s = {30, 20, 10}
print(s.pop())
print(s.pop())
print(s)
print(s.pop())
s.pop()
