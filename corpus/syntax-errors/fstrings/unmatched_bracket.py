x = f"{value]}"
