for x in range(3):
    def f():
        break
