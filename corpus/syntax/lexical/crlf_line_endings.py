# conform: args -m ast -a
x = 1
if x:
    y = 2
s = '''a
b'''
