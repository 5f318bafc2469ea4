x = f"{value!r other}"
