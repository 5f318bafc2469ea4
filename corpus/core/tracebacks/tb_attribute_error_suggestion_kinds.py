class Config:
    retries = 3
    def __init__(self):
        self.timeout = 5
    def check(self):
        return self.timout
c = Config()
try:
    [].apend
except AttributeError as e:
    print(e, e.name)
try:
    Config.retris
except AttributeError as e:
    print(e)
c.check()
