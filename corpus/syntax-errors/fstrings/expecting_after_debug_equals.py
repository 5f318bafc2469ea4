x = f"{value=other}"
