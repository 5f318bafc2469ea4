class Odd(Exception):
    def __str__(self):
        return 42
raise Odd()
