def greet(name):
    prefix = "Hi"
    return prefix + ', ' + name + '!
