s = "hello World ß"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
print("ǅungla".title())
print("hello".islower(), "HELLO".isupper(), "Hello World".istitle())
