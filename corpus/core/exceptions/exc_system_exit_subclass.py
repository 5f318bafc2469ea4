# a SystemExit subclass with a custom code
class Quit(SystemExit):
    pass
print("quitting")
raise Quit(4)
