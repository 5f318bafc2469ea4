# builtins on strings: min/max/sorted/sum/len/bool
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("apple", "banana", key=len), sorted("Hello", key=str.lower))
print(sorted(["10", "9", "100"]), sorted(["b", "a"], reverse=True), bool(""), bool(" "), len("abc" * 100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    min("")
except ValueError as e:
    print(type(e).__name__, e)
