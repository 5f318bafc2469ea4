class Bad:
    def __init__(self):
        return 42
try:
    Bad()
except TypeError as e:
    print(e)
class AlsoBad:
    def __init__(self):
        return "x"
try:
    AlsoBad()
except TypeError as e:
    print(e)
class Fine:
    def __init__(self):
        return None
print(type(Fine()).__name__)
Bad()
