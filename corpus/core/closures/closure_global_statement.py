counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def create():
    global created_later
    created_later = "made"
create()
print(created_later)
def reader():
    return counter * 10
print(reader())
