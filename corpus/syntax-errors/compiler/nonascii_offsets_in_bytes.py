def g():
    ä = 1; nonlocal ä
