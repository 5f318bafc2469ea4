def fail():
    raise ValueError("whole line")
def wrapper():
    fail()
wrapper()
