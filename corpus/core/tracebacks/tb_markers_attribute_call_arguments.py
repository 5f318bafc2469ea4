words = ["alpha", "beta"]
joined = ", ".join(words).split(sep="x").upper()
