x = t"{**kwargs}"
