x = t"{value!}"
