# conform: args -m ast -a
match = 1
case = 2
_ = 3
type = 4
match [match, case]:
    case [match, case]:
        pass
print(match, case, type)
match(1)
match[0]
match.x = 1
