x = f"{value!(}"
