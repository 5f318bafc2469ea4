value = 1
x = t"\d{value}"
