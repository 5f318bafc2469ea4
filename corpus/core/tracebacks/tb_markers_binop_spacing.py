left = [1]
right = None
value = 3 + (left   *   right)
