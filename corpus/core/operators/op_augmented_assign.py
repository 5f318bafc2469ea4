x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 2; print(x)
n = 6
n <<= 2; print(n)
n >>= 1; print(n)
n &= 5; print(n)
n |= 8; print(n)
n ^= 3; print(n)
s = "ab"
s += "c"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
alias_t = t
t += (2,)
print(t, alias_t)
