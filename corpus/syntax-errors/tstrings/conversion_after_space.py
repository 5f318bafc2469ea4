x = t"{value! s}"
