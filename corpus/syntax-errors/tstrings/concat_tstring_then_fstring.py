x = t"a" f"{1}"
