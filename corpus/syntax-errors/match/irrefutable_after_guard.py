match x:
    case y if y > 0:
        pass
    case z:
        pass
    case 1:
        pass
