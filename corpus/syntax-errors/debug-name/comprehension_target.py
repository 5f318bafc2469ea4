x = [__debug__ for __debug__ in y]
