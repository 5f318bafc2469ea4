low, high = 1, "9"
x = 5
ok = low < x < high
