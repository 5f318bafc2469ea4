# conform: args -m ast -a
a = 3.14
b = 1.
c = .5
d = 1e10
e = 1E-5
f = 1_000.000_1
g = 1.5e+3_0
h = 2j
i = 3.5J
j = 1e3j
k = 0j
l = 1 + 2j
m = 00.5
n = 0e0
o = 007.5
