# conform: args -m ast -a
# -*- coding: latin-1 -*-
x = 'café'
y = 1
