x = f"{value"
