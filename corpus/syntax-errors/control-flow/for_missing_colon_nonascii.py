for ключ in словарь
    pass
