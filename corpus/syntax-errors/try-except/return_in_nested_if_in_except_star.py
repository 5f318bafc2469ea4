def f(flag):
    try:
        pass
    except* ValueError:
        if flag:
            return
