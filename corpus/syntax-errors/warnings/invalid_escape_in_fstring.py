value = 1
x = f"\d{value}"
