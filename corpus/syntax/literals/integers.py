# conform: args -m ast -a
a = 0
b = 1_000_000
c = 0x_dead_BEEF
d = 0o7_7_7
e = 0b_1010_0101
f = 0XFF + 0O17 + 0B11
g = 123456789012345678901234567890
h = -1
i = +2
j = ~3
