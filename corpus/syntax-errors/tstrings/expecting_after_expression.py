x = t"{value;}"
