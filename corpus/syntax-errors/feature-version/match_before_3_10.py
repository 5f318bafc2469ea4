# conform: args -m ast --feature-version 3.9
match x:
    case 1:
        pass
