s = "hello"
t = s.replace("h", "j")
print(s, t)
s[0] = "j"
