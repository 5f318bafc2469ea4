# conform: args -m ast -a
a = 'one' "two" '''three'''
b = ('multi'
     'line'
     "concat")
c = b'by' b'tes'
d = 'text' f'{a}' 'more'
e = r'\d' '\t'
f = (f'{a}'
     f'{b!r}')
