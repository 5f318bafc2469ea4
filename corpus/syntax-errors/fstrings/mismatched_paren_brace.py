x = f"{(value}"
