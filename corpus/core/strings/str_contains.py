# the `in` operator: substrings, empty string, astral characters
s = "hello world"
print("lo w" in s, "" in s, "" in "", "x" in "", "hello world!" in s, "o" not in s, "z" not in s)
print("😀" in "a😀b", "a😀" in "a😀b", "\ud83d" in "a😀b", "😀b" in "a😀b")
print(s.__contains__("world"), str.__contains__(s, "x"))
for bad in [1, None, ["a"], b"h"]:
    try:
        print(bad in s)
    except TypeError as e:
        print(type(e).__name__, e)
