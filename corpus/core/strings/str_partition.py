# str.partition: first occurrence; missing separator; multi-char and astral separators
print("a=b=c".partition("="), "abc".partition("="), "=x".partition("="), "x=".partition("="))
print("aXXbXXc".partition("XX"), "".partition("x"), "abc".partition("abc"), "ab".partition("abc"))
print("a😀b😀c".partition("😀"))
s = "key: value"
head, sep, tail = s.partition(": ")
print(head, sep, tail, type(s.partition(":")).__name__)
