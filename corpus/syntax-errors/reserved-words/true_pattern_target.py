match x:
    case None as True:
        pass
