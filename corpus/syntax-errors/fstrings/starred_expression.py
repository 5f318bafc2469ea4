args = [1]
x = f"{*args}"
