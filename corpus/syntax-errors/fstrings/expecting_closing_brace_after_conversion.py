x = f"{value!r"
