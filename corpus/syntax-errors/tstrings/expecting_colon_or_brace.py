x = t"{value!r other}"
