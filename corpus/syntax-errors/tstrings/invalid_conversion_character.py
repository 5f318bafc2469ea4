x = t"{value!x}"
