match command:
    case x if x > 0
        pass
