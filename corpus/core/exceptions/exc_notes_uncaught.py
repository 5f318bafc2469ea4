# notes printed after the exception message, in order; one spans lines
def load(name):
    e = KeyError(name)
    e.add_note("while loading the configuration")
    e.add_note("hint: check the spelling\nor the file")
    raise e
load("colour")
