x = f"value: {}"
