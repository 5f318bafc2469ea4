# conform: args -m ast -a -i 1
x = {"a": [1, 2], "b": (3,)}
