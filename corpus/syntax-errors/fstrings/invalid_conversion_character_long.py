x = f"{value!rr}"
