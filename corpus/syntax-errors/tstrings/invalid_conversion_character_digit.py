x = t"{value!1}"
