class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        self.cout += 1
Counter().bump()
