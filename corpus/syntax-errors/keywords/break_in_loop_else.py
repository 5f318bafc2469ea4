while True:
    pass
else:
    break
