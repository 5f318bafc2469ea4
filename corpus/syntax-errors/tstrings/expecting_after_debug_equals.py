x = t"{value=other}"
