# str.expandtabs: columns reset at newlines, tabsize keyword, zero and negative sizes
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=2)), repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr("ab\tc\nd\te\r\tf".expandtabs(4)))
print(repr("\t".expandtabs(True)), repr("no tabs".expandtabs(3)))
print(repr("😀\tx".expandtabs(4)))
