a = 1; b = 0; c = a / b; print(c)
