result = outer(inner(1, 2), other(3 4))
