x = f"{value!}"
