x = f"{value:{width}"
