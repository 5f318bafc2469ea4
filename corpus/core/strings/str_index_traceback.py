# str.index of a missing substring is an uncaught ValueError
def locate(text, word):
    return text.index(word)
print(locate("a b c", "b"))
print(locate("a b c", "d"))
