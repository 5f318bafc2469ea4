x = f"{value=!:>10}"
