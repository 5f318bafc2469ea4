class P:
    def __repr__(self):
        return "P<repr é>"
    def __str__(self):
        return "P<str>"
p = P()
print(f"{p}")
print(f"{p!s}")
print(f"{p!r}")
print(f"{p!a}")
s = "naïve\n"
print(f"{s!r}")
print(f"{s!a}")
print(f"{'snake 🐍'!a}")
print(f"{42!r} {4.5!s} {None!r} {True!a}")
print(f"{[1, 'a']!r:>15}|")
print(f"{'x'!r:*^7}")
