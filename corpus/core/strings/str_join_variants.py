# str.join over lists, tuples, strings, dict keys, sets of one item, generators, ranges of str
print(repr("".join([])), repr(",".join(["a"])), repr(", ".join(("x", "y"))))
print("-".join("abc"), "|".join({"k1": 1, "k2": 2}), "+".join({"only"}))
print("/".join(s.upper() for s in ["p", "q"]))
print("😀".join(["a", "b", "c"]), repr("ab".join(["", ""])))
print(" ".join(map(str, range(5))))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "s" + str(i)
print(",".join(Seq()))
class It:
    def __iter__(self):
        return iter(["i", "t"])
print(".".join(It()))
