x = f"{value! r}"
