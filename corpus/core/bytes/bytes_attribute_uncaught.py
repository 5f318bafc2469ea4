# calling a str-only method on bytes, uncaught (with a suggestion)
data = b'Hello'
print(data.casefold())
