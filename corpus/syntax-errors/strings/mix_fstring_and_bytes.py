x = f"{1}" b"def"
