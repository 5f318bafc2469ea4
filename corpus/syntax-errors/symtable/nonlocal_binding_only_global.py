counter = 0
def increment():
    nonlocal counter
    counter += 1
