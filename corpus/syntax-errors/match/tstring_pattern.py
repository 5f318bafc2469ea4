match x:
    case t"{x}":
        pass
