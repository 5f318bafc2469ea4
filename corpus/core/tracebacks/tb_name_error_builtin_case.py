print(Len([1]))
