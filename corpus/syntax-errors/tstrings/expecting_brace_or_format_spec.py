x = t"{value:{width}"
