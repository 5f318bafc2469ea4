counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def create():
    global created_later
    created_later = "made"
create()
print(created_later)
def reader():
    return counter * 100
print(reader())
def nested():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(nested(), counter)
def local_shadow():
    counter = "local"
    return counter
print(local_shadow(), counter)
