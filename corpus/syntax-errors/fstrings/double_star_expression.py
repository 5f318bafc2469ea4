x = f"{**kwargs}"
