x = t"{value"
