x = f"ünïcödé }"
