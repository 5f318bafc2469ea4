del True, x
