print("a" "b" x)
