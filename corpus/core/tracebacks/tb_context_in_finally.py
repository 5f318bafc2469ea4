def work():
    try:
        return 1 / 0
    finally:
        [].pop()
work()
