# str's slot wrappers (__len__, __eq__, __getitem__...) check receiver and arity with their own messages
for c in [lambda: "a".__len__(1), lambda: "a".__getitem__(), lambda: "a".__getitem__(1, 2), lambda: "a".__getitem__(x=1), lambda: "a".__repr__(1), lambda: "a".__eq__(), lambda: "a".__eq__(1, 2), lambda: str.__eq__(1, "a"), lambda: "a".__lt__(x=1), lambda: "a".__hash__(1), lambda: "a".__iter__(1), lambda: "a".__mod__(), lambda: "a".__format__(), lambda: "a".__format__(1), lambda: "a".__sizeof__(1), lambda: "a".__getnewargs__(1), lambda: str.__lt__(), lambda: "a".__contains__(), lambda: str.__hash__("a") == hash("a"), lambda: str.__iter__(5)]:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(str.__len__).__name__, type(str.upper).__name__, type(str.__format__).__name__)
