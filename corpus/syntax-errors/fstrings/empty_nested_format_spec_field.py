print(f"{x:{}}")
