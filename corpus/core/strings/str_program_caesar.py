# a Caesar cipher three ways: ord/chr arithmetic, maketrans/translate, and a dict comprehension
def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    if c.islower():
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    return c
msg = "Hello, World! Zebra-123"
enc = "".join(shift_char(c, 3) for c in msg)
print(enc)
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
table = str.maketrans(lower + upper, lower[3:] + lower[:3] + upper[3:] + upper[:3])
print(msg.translate(table) == enc)
back = {ord(c): shift_char(c, -3) for c in set(enc) if c.isalpha()}
print(enc.translate(back))
print(sorted(set(msg.lower()) & set(lower)))
