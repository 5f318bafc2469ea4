# conform: args -m ast -a
a = None
b = True
c = False
d = ...
e = []
f = [1, 2, 3,]
g = ()
h = (1,)
i = 1, 2
j = {}
k = {1: 2, **j, 'x': [3]}
l = {1, 2, *g}
m = [*f, *g]
n = (*f, *g)
